// Replays every input that ever made a fuzz target fail (fuzz_regressions/,
// small files only) through the reader entry points: each must be read or
// refused with a detail naming the file, never crash (the CI fuzz job runs this
// under ASan + UBSan too), and `probe` must take < 1 s whatever the header claims.
#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include "io/fits_reader.h"

using namespace exo;

class TestFuzzRegressions : public QObject {
    Q_OBJECT

private slots:
    void replay_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(EXO_SOURCE_DIR "/tests/core/io/fuzz_regressions"));
        const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo& f : files)
            if (f.fileName() != QLatin1String("README.md"))
                QTest::newRow(qPrintable(f.fileName())) << f.absoluteFilePath();
        if (files.size() < 2)
            QTest::newRow("none") << QString();
    }

    void replay()
    {
        QFETCH(QString, file);
        if (file.isEmpty())
            QSKIP("no regression inputs yet");
        QVERIFY2(QFileInfo(file).size() <= 256 * 1024, "regression inputs stay small");
        const std::string path = file.toStdString();
        const std::string base = QFileInfo(file).fileName().toStdString();
        QElapsedTimer t;
        t.start();
        auto p = io::probe(path);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString("probe took %1 ms").arg(t.elapsed())));
        auto c = io::summarizeCadences(path);
        auto r = io::readProduct(path);
        for (const Status* s : {&p.status, &c.status, &r.status}) {
            if (s->ok())
                continue;
            QVERIFY2(s->code != ErrorCode::InternalError, s->detail.c_str());
            QVERIFY2(s->detail.find(base) != std::string::npos, s->detail.c_str());
        }
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString("took %1 ms").arg(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
