// Injection and recovery (core/pipeline/inject.h) on a real star: strong injected
// transits are recovered and their reported SNRs follow the expected SNRs (white and red); the same
// seed gives the same injections; absurd settings are refused. Files: MANIFEST.md.
#include <QFileInfo>
#include <QtTest>

#include "pipeline/inject.h"

using namespace exo;

class TestInject : public QObject {
    Q_OBJECT
private slots:
    void strongInjectionsAreRecovered()
    {
        const std::string file =
            std::string(EXO_REAL_DATA_DIR) + "/kepler/tpf/kplr009002278-2010174085026_lpd-targ.fits.gz";
        QVERIFY(QFileInfo::exists(QString::fromStdString(file)));
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {file};
        pipeline::SearchSettings ss;
        ss.threads = 2;
        pipeline::InjectionSettings is;
        is.count = 12;
        is.minPeriodDays = 2;
        is.maxPeriodDays = 12;
        is.minRadiusEarth = 2.5;  // Kepler-62 (R = 0.64 Rsun, Kp 13.7): SNR well above 10
        is.maxRadiusEarth = 4;
        is.stellarRadiusSun = 0.64;
        is.stellarMassSun = 0.69;
        auto r = pipeline::injectRecover(engine, req, ss, is);
        QVERIFY2(r.ok(), r.status.detail.c_str());
        QCOMPARE(int(r.value.size()), 12);
        int strong = 0, found = 0;
        double ratio = 0, ratioWhite = 0, redFactor = 0;
        for (const auto& i : r.value) {
            QVERIFY(i.periodDays >= 2 && i.periodDays <= 12);
            QVERIFY(i.depthPpm > 0);
            QVERIFY(i.expectedSnrRed > 0 && i.expectedSnrRed <= i.expectedSnr);
            if (i.expectedSnr >= 10 && i.nTransits >= 3) {
                ++strong;
                if (i.recovered) {
                    ++found;
                    ratio += i.foundSnr / i.expectedSnrRed;
                    ratioWhite += i.foundSnrWhite / i.expectedSnr;
                    redFactor += i.expectedSnrRed / i.expectedSnr;
                }
            }
        }
        QVERIFY(strong >= 8);
        QVERIFY2(found >= strong * 9 / 10, qPrintable(QString("%1 of %2").arg(found).arg(strong)));
        ratio /= std::max(1, found);
        ratioWhite /= std::max(1, found);
        redFactor /= std::max(1, found);
        // Like is compared with like (issue 8's goal: within 30 % on average): the reported SNR
        // (white + red noise) with the expectation under the same noise model, the white SNR
        // with the white matched-filter expectation. On this quarter the red noise at the
        // transit durations costs about 40 % of the SNR (redFactor ~0.6), which is why the
        // reported SNR was 0.6 of the white-only expectation it used to be compared with.
        QVERIFY2(ratio > 0.7 && ratio < 1.3, qPrintable(QString::number(ratio)));
        QVERIFY2(ratioWhite > 0.7 && ratioWhite < 1.3, qPrintable(QString::number(ratioWhite)));
        QVERIFY2(redFactor < 0.9, qPrintable(QString::number(redFactor)));
        const auto bins = pipeline::completenessBySnr(r.value, {0, 10, 1e9});
        QCOMPARE(bins.size(), std::size_t(2));
        QCOMPARE(bins[0].n + bins[1].n, 12);
        // Same seed, same injections.
        is.count = 2;
        auto a = pipeline::injectRecover(engine, req, ss, is), b = pipeline::injectRecover(engine, req, ss, is);
        QCOMPARE(a.value[1].periodDays, b.value[1].periodDays);
        QCOMPARE(a.value[1].recovered, b.value[1].recovered);
    }

    void absurdSettingsAreRefused()
    {
        pipeline::Engine engine;
        pipeline::StarRequest req;
        req.files = {"/nonexistent.fits"};
        pipeline::InjectionSettings is;
        is.count = 0;
        QCOMPARE(pipeline::injectRecover(engine, req, {}, is).status.code, ErrorCode::InvalidParameter);
        is.count = 5;
        is.minRadiusEarth = -1;
        QCOMPARE(pipeline::injectRecover(engine, req, {}, is).status.code, ErrorCode::InvalidParameter);
        is.minRadiusEarth = 1;
        QCOMPARE(pipeline::injectRecover(engine, req, {}, is).status.code, ErrorCode::FileNotFound);
    }
};

QTEST_APPLESS_MAIN(TestInject)
#include "test_inject.moc"
