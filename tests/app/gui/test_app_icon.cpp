// The window icon compiled in from resources/exoworld.qrc: every PNG size is there and
// renders, and the launch options know --version (answered before any display is needed).
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QtTest>

#include "exo_version.h"
#include "gui/app_icon.h"
#include "gui/launch_options.h"

class TestAppIcon : public QObject {
    Q_OBJECT
private slots:
    void iconHasEverySize()
    {
        const QIcon icon = exo::app::appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (int s : {16, 22, 24, 32, 48, 64, 128, 256})
            QVERIFY2(sizes.contains(QSize(s, s)), qPrintable(QStringLiteral("missing %1 px").arg(s)));
        // The 48 px image is the star, not an empty square: it has opaque and transparent pixels.
        const QImage img = icon.pixmap(QSize(48, 48)).toImage().convertToFormat(QImage::Format_ARGB32);
        QCOMPARE(img.size(), QSize(48, 48));
        QCOMPARE(qAlpha(img.pixel(0, 0)), 0);      // rounded corner
        QCOMPARE(qAlpha(img.pixel(24, 24)), 255);  // inside the tile
        QVERIFY(QFile::exists(QStringLiteral(":/icons/exoworld.svg")));
    }

    void versionOption()
    {
        const auto o = exo::app::parseLaunchOptions({QStringLiteral("exoworld"), QStringLiteral("--version")});
        QVERIFY(o.version);
        QVERIFY(o.error.isEmpty());
        QVERIFY(exo::app::launchUsage().contains(QLatin1String("--version")));
        QVERIFY(QByteArray(exo::kVersion).count('.') == 2);
    }
};

QTEST_MAIN(TestAppIcon)
#include "test_app_icon.moc"
