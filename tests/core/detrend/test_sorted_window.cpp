// The sorted sliding window (core/detrend/sorted_window.h): replace() and slide() leave
// exactly the values that erasing and inserting one by one leaves (the running median, the
// running clip and the biweight all read it), on noisy values with ties, gaps in time that
// make the window jump past every value it held.
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <vector>

#include "detrend/sorted_window.h"

using exo::detrend::detail::SortedWindow;

class TestSortedWindow : public QObject {
    Q_OBJECT
private slots:
    void replaceEqualsEraseThenInsert()
    {
        QRandomGenerator rng(7);
        SortedWindow a, b;
        std::vector<double> live;
        for (int i = 0; i < 64; ++i) {
            const double x = double(rng.bounded(20));  // many ties
            a.insert(x);
            b.insert(x);
            live.push_back(x);
        }
        for (int step = 0; step < 5000; ++step) {
            const std::size_t k = rng.bounded(quint32(live.size()));
            const double out = live[k], in = double(rng.bounded(25)) - 2;
            live[k] = in;
            a.erase(out);
            a.insert(in);
            b.replace(out, in);
            QVERIFY(std::equal(a.values().begin(), a.values().end(), b.values().begin(), b.values().end()));
        }
    }

    void slideHoldsTheWindowsValues()
    {
        QRandomGenerator rng(11);
        // Times with gaps (some longer than the window) and noisy values with ties.
        std::vector<double> t, v;
        double now = 0;
        for (int i = 0; i < 4000; ++i) {
            now += rng.bounded(100) < 2 ? 1.5 : 0.02;
            t.push_back(now);
            v.push_back(1.0 + double(rng.bounded(200) - 100) * 1e-4);
        }
        for (double hw : {0.05, 0.3, 1.0}) {
            SortedWindow win;
            std::size_t lo = 0, hi = 0;
            for (std::size_t i = 0; i < t.size(); ++i) {
                std::size_t newHi = hi, newLo = lo;
                while (newHi < t.size() && t[newHi] <= t[i] + hw)
                    ++newHi;
                while (newLo < newHi && t[newLo] < t[i] - hw)
                    ++newLo;
                win.slide(lo, hi, newLo, newHi, [&](std::size_t k) { return v[k]; });
                QCOMPARE(lo, newLo);
                QCOMPARE(hi, newHi);
                std::vector<double> expect(v.begin() + std::ptrdiff_t(lo), v.begin() + std::ptrdiff_t(hi));
                std::sort(expect.begin(), expect.end());
                QVERIFY2(std::equal(expect.begin(), expect.end(), win.values().begin(), win.values().end()),
                         qPrintable(QStringLiteral("hw %1, i %2").arg(hw).arg(i)));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestSortedWindow)
#include "test_sorted_window.moc"
