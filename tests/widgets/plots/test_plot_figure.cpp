// Export Plot: the chosen extension is added to a bare name, and all plots can be written as
// one figure in PNG (size checked), PDF and SVG (well-formed with every plot's axis label).
#include <QFile>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>
#include <qcustomplot.h>

#include "plots/plot_export.h"

using exo::ui::savePlotsAsFigure;
using exo::ui::withFilterExtension;

class TestPlotFigure : public QObject {
    Q_OBJECT
private slots:
    void extensionFromFilter()
    {
        QCOMPARE(withFilterExtension(QStringLiteral("/t/k62"), QStringLiteral("PDF document (*.pdf)")),
                 QStringLiteral("/t/k62.pdf"));
        QCOMPARE(withFilterExtension(QStringLiteral("/t/k62.PDF"), QStringLiteral("PDF document (*.pdf)")),
                 QStringLiteral("/t/k62.PDF"));
        QCOMPARE(withFilterExtension(QStringLiteral("/t/k62.v2"), QStringLiteral("PNG image (*.png)")),
                 QStringLiteral("/t/k62.v2.png"));
        QCOMPARE(withFilterExtension(QStringLiteral("/t/a.jpeg"), QStringLiteral("JPEG image (*.jpg *.jpeg)")),
                 QStringLiteral("/t/a.jpeg"));
        QCOMPARE(withFilterExtension(QStringLiteral("/t/a"), QString()), QStringLiteral("/t/a"));
    }

    void allPlotsAsOneFigure()
    {
        QList<QCustomPlot*> plots;
        std::vector<std::unique_ptr<QCustomPlot>> owned;
        for (int i = 0; i < 4; ++i) {
            owned.push_back(std::make_unique<QCustomPlot>());
            QCustomPlot* p = owned.back().get();
            p->resize(400, 300);
            p->addGraph()->setData({0, 1, 2}, {1, 0.5 * i, 1});
            p->xAxis->setLabel(QStringLiteral("axis%1").arg(i));
            p->rescaleAxes();
            plots << p;
        }
        QTemporaryDir dir;
        QString err;
        const QString png = dir.filePath(QStringLiteral("all.png"));
        QVERIFY2(savePlotsAsFigure(plots, 2, png, 300, 200, 1.0, &err), qPrintable(err));
        QCOMPARE(QImage(png).size(), QSize(600, 400));
        const QString pdf = dir.filePath(QStringLiteral("all.pdf"));
        QVERIFY2(savePlotsAsFigure(plots, 2, pdf, 300, 200, 1.0, &err), qPrintable(err));
        QFile pf(pdf);
        QVERIFY(pf.open(QIODevice::ReadOnly));
        QVERIFY(pf.read(5) == "%PDF-");
        const QString svg = dir.filePath(QStringLiteral("all.svg"));
        QVERIFY2(savePlotsAsFigure(plots, 2, svg, 300, 200, 1.0, &err), qPrintable(err));
        QFile sf(svg);
        QVERIFY(sf.open(QIODevice::ReadOnly));
        const QByteArray text = sf.readAll();
        QXmlStreamReader xml(text);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (int i = 0; i < 4; ++i)
            QVERIFY(text.contains(QStringLiteral("axis%1").arg(i).toUtf8()));
        QVERIFY(!savePlotsAsFigure(plots, 2, dir.filePath(QStringLiteral("all.xyz")), 300, 200, 1.0, &err));
        QVERIFY(!err.isEmpty());
    }
};

QTEST_MAIN(TestPlotFigure)
#include "test_plot_figure.moc"
