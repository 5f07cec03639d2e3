// Full-mission demo star (Q1..Q17), used by the benchmarks: must be generated
// in under ~30 s (brief) and hold about 65,000-70,000 long cadences (the real
// mission spans BKJD 131.5-1591.0 with inter-quarter gaps). Labelled slow.

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include "demo/demo_star.h"
#include "demo_test_util.h"

using namespace exo::demo;

class TestDemoFullMission : public QObject {
    Q_OBJECT
private slots:
    void fullMission();
};

void TestDemoFullMission::fullMission()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DemoParams p;
    p.fullMission = true;
    QElapsedTimer timer;
    timer.start();
    auto r = generateDemoStar(p, dir.path().toStdString());
    const double seconds = double(timer.elapsed()) / 1000.0;
    QVERIFY2(r.ok(), r.status.detail.c_str());
    QCOMPARE(int(r.value.files.size()), 17);
    long long cadences = 0;
    for (std::size_t i = 0; i < r.value.quarters.size(); ++i) {
        QCOMPARE(r.value.quarters[i].quarter, int(i) + 1);
        cadences += r.value.quarters[i].cadences;
        if (i > 0)
            QVERIFY(r.value.quarters[i].tstart > r.value.quarters[i - 1].tstop);
    }
    qInfo("full mission: %lld cadences in 17 files, %.2f s", cadences, seconds);
    QVERIFY(cadences > 62000 && cadences < 72000);
    QVERIFY2(seconds < 60.0, qPrintable(QString("took %1 s (target < 30 s)").arg(seconds)));
    // Spot-check the last file reads back completely.
    const demotest::Tpf last = demotest::readTpf(r.value.files.back());
    QVERIFY2(last.ok, last.error.c_str());
    QCOMPARE(last.quarter, 17);
    QCOMPARE(last.n, r.value.quarters.back().cadences);
}

QTEST_GUILESS_MAIN(TestDemoFullMission)
#include "test_demo_full_mission.moc"
