// The sorted sliding window (core/detrend/sorted_window.h): replace() and slide() leave
// exactly the values that erasing and inserting one by one leaves (the running median, the
// running clip and the biweight all read it), on noisy values with ties, gaps in time that
// make the window jump past every value it held.
#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>
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

    void branchlessSearchesEqualTheStandardOnes()
    {
        QRandomGenerator rng(3);
        for (int trial = 0; trial < 2000; ++trial) {
            std::vector<double> v(rng.bounded(70u));
            for (double& x : v)
                x = double(rng.bounded(30u));  // ties
            std::sort(v.begin(), v.end());
            for (double x = -1.5; x < 31; x += 0.5) {
                QCOMPARE(exo::detrend::detail::lowerIndex(v.data(), v.size(), x),
                         std::size_t(std::lower_bound(v.begin(), v.end(), x) - v.begin()));
                QCOMPARE(exo::detrend::detail::upperIndex(v.data(), v.size(), x),
                         std::size_t(std::upper_bound(v.begin(), v.end(), x) - v.begin()));
            }
        }
    }

    void madLowerBoundNeverExceedsTheMad()
    {
        // The running clip skips the MAD where the threshold against this bound already keeps
        // the cadence: the bound must never exceed the MAD (ties, tiny and even sizes,
        // skewed data), and be close to it on noise (else it saves nothing).
        QRandomGenerator rng(11);
        double ratio = 0;
        int useful = 0, gaussian = 0;
        for (int trial = 0; trial < 3000; ++trial) {
            const std::size_t n = 1 + rng.bounded(200u);
            const int kind = trial % 3;  // 0 Gaussian-like, 1 heavy ties, 2 skewed
            std::vector<double> v;
            for (std::size_t i = 0; i < n; ++i) {
                double x = 0;
                for (int k = 0; k < 4; ++k)
                    x += rng.generateDouble();
                if (kind == 1)
                    x = std::round(x * 2);
                if (kind == 2)
                    x = x * x * x;
                v.push_back(1.0 + 1e-3 * x);
            }
            std::sort(v.begin(), v.end());
            const double med = exo::detrend::detail::medianOfSorted(v);
            const double mad = exo::detrend::detail::madOfSorted(v, med);
            std::vector<double> dev;
            for (double x : v)
                dev.push_back(std::abs(x - med));
            std::sort(dev.begin(), dev.end());
            const double bruteMad = dev.size() % 2 ? dev[dev.size() / 2]
                                                   : (dev[dev.size() / 2 - 1] + dev[dev.size() / 2]) / 2.0;
            QCOMPARE(mad, bruteMad);
            const double bound = exo::detrend::detail::madLowerBoundOfSorted(v, med);
            QVERIFY2(bound >= 0 && bound <= mad, qPrintable(QString("n %1 bound %2 mad %3").arg(n).arg(bound).arg(mad)));
            if (kind == 0 && n >= 50) {
                ratio += bound / mad;
                ++gaussian;
                useful += bound > 0.7 * mad ? 1 : 0;
            }
        }
        QVERIFY(gaussian > 500);
        QVERIFY2(ratio / gaussian > 0.8, qPrintable(QString::number(ratio / gaussian)));
        QVERIFY(useful > gaussian * 9 / 10);
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

    // The partial biweight slides only at the cadences it recomputes: the window falls behind
    // over runs of reused cadences, then catches up in one slide (overlapping the old window,
    // or rebuilt when it fell a whole window behind).
    void slideCatchesUpAfterSkippedCadences()
    {
        QRandomGenerator rng(23);
        std::vector<double> t, v;
        for (int i = 0; i < 6000; ++i) {
            t.push_back(0.02 * i);
            v.push_back(1.0 + double(rng.bounded(300) - 150) * 1e-4);
        }
        const double hw = 0.5;  // 50 cadences
        SortedWindow win;
        std::size_t lo = 0, hi = 0, wlo = 0, whi = 0;
        int overlapping = 0, rebuilt = 0;
        for (std::size_t i = 0; i < t.size(); ++i) {
            while (hi < t.size() && t[hi] <= t[i] + hw)
                ++hi;
            while (lo < hi && t[lo] < t[i] - hw)
                ++lo;
            // Runs of skipped cadences of 0 to ~3 windows.
            if (rng.bounded(100) < 97 && i % 120 > 10)
                continue;
            (lo >= whi ? rebuilt : overlapping) += (i > 0 && (lo != wlo || hi != whi)) ? 1 : 0;
            win.slide(wlo, whi, lo, hi, [&](std::size_t k) { return v[k]; });
            QCOMPARE(wlo, lo);
            QCOMPARE(whi, hi);
            std::vector<double> expect(v.begin() + std::ptrdiff_t(lo), v.begin() + std::ptrdiff_t(hi));
            std::sort(expect.begin(), expect.end());
            QVERIFY2(std::equal(expect.begin(), expect.end(), win.values().begin(), win.values().end()),
                     qPrintable(QStringLiteral("i %1").arg(i)));
        }
        QVERIFY(rebuilt > 10);
        QVERIFY(overlapping > 100);
    }
};

QTEST_APPLESS_MAIN(TestSortedWindow)
#include "test_sorted_window.moc"
