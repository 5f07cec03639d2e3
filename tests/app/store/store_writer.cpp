// Test helper for test_store_crash: writes candidates into a store one
// transaction at a time and prints "ok N" after each commit, so the parent
// knows what was committed before it kills this process.
//   store_writer STORE FIRST COUNT
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

#include "store/candidate_store.h"

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: store_writer STORE FIRST COUNT\n");
        return 2;
    }
    exo::store::CandidateStore store;
    if (auto st = store.open(QString::fromLocal8Bit(argv[1])); !st.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(st.message));
        return 3;
    }
    const int first = std::atoi(argv[2]), count = std::atoi(argv[3]);
    for (int i = first; i < first + count; ++i) {
        exo::store::CandidateEntry e;
        e.mission = QStringLiteral("TESS");
        e.targetId = 100000 + i;
        e.periodDays = 1.0 + 0.01 * (i % 1000);
        e.t0Bjd = 2459000.5 + 0.001 * i;
        e.durationHours = 2.0;
        e.depthPpm = 1000 + i;
        e.snr = 10;
        e.settings = QJsonObject{{QStringLiteral("writer"), i}};
        e.annotation.note = QStringLiteral("written by store_writer %1").arg(i);
        if (auto st = store.upsert(e); !st.ok()) {
            std::fprintf(stderr, "upsert %d: %s\n", i, qPrintable(st.message));
            return 1;
        }
        std::printf("ok %d\n", i);
        std::fflush(stdout);
    }
    return 0;
}
