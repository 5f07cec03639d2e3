// localScatter: the guessed-bracket selection gives bit for bit the running MAD of plain
// nth_element (the reference below is the earlier implementation, kept here), on white noise,
// a jump in the scatter (guesses miss), quantised flux (many equal values), outliers, flat
// stretches (MAD 0), a NaN and an infinity.
#include <QTest>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

#include "search/noise.h"

using namespace exo::search;

namespace {

double medianRef(std::vector<double>& v)
{
    if (v.empty())
        return NAN;
    auto mid = v.begin() + std::ptrdiff_t(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    return *mid;
}
double madRef(std::vector<double> v)
{
    const double m = medianRef(v);
    for (double& x : v)
        x = std::abs(x - m);
    return 1.4826 * medianRef(v);
}

/// localScatter before the bracketed selection: copy each window, two nth_element calls.
std::vector<double> localScatterRef(const std::vector<double>& t, const std::vector<double>& y, double window,
                                    double gapDays)
{
    const std::size_t n = t.size();
    std::vector<double> out(n, NAN);
    const double global = madRef(y);
    std::size_t a = 0;
    std::vector<double> buf;
    while (a < n) {
        std::size_t b = a + 1;
        while (b < n && t[b] - t[b - 1] <= gapDays)
            ++b;
        const double t0 = t[a], t1 = t[b - 1];
        const double step = window / 4;
        std::vector<double> nodeT, nodeS;
        std::size_t lo = a, hi = a;
        for (double c = t0; c <= t1 + step * 0.5; c += step) {
            while (lo < b && t[lo] < c - window / 2)
                ++lo;
            while (hi < b && t[hi] <= c + window / 2)
                ++hi;
            if (hi - lo >= 10) {
                buf.assign(y.begin() + std::ptrdiff_t(lo), y.begin() + std::ptrdiff_t(hi));
                nodeT.push_back(c);
                nodeS.push_back(madRef(buf));
            }
        }
        for (std::size_t i = a; i < b; ++i) {
            double s = global;
            if (nodeT.size() == 1)
                s = nodeS[0];
            else if (nodeT.size() > 1) {
                auto it = std::upper_bound(nodeT.begin(), nodeT.end(), t[i]);
                if (it == nodeT.begin())
                    s = nodeS.front();
                else if (it == nodeT.end())
                    s = nodeS.back();
                else {
                    const std::size_t k = std::size_t(it - nodeT.begin());
                    const double f = (t[i] - nodeT[k - 1]) / (nodeT[k] - nodeT[k - 1]);
                    s = nodeS[k - 1] + f * (nodeS[k] - nodeS[k - 1]);
                }
            }
            out[i] = std::isfinite(s) && s > 0.1 * global
                         ? s
                         : (global > 0 ? std::max(global * 0.1, s > 0 ? s : 0.0) : 1e-6);
            if (!(out[i] > 0))
                out[i] = global > 0 ? global : 1e-6;
        }
        a = b;
    }
    return out;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

}  // namespace

class TestNoise : public QObject {
    Q_OBJECT
private slots:
    void localScatterBitForBit_data();
    void localScatterBitForBit();
};

void TestNoise::localScatterBitForBit_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("white noise with a trend") << 0;
    QTest::newRow("scatter jumps x20") << 1;
    QTest::newRow("quantised flux") << 2;
    QTest::newRow("outliers") << 3;
    QTest::newRow("flat stretch") << 4;
    QTest::newRow("nan and inf") << 5;
}

void TestNoise::localScatterBitForBit()
{
    QFETCH(int, kind);
    std::mt19937_64 rng(42 + unsigned(kind));
    std::normal_distribution<double> g(0.0, 1.0);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<double> t, y;
    for (int i = 0; i < 19000; ++i) {  // a TESS sector at 2 min, orbit gap in the middle
        const double ti = 1325.0 + i * (2.0 / 1440.0);
        if (std::abs(ti - 1338.5) < 0.7)
            continue;
        double sigma = 1e-3;
        if (kind == 1 && ti > 1333.0 && ti < 1336.0)
            sigma = 2e-2;
        double yi = 1.0 + 2e-4 * std::sin(ti) + sigma * g(rng);
        if (kind == 2)
            yi = std::round(yi * 2e3) / 2e3;  // ~ one sigma per level: many equal values
        if (kind == 3 && u(rng) < 0.02)
            yi += (u(rng) < 0.5 ? -1 : 1) * 0.05;
        if (kind == 4 && ti > 1342.0 && ti < 1344.0)
            yi = 1.0;
        t.push_back(ti);
        y.push_back(yi);
    }
    if (kind == 5) {
        y[5000] = NAN;
        y[12000] = INFINITY;
    }
    const auto ref = localScatterRef(t, y, 1.0, 0.5);
    const auto got = localScatter(t, y, 1.0, 0.5);
    QVERIFY(sameBits(ref, got) || (kind == 5 && ref.size() == got.size()));
    if (kind == 5) {
        // NaN and inf: the same values where the reference has finite values or NaN.
        for (std::size_t i = 0; i < ref.size(); ++i)
            QVERIFY2((std::isnan(ref[i]) && std::isnan(got[i])) || ref[i] == got[i], qPrintable(QString::number(i)));
    }
    // A second window width (nodes every 0.5 d).
    QVERIFY(sameBits(localScatterRef(t, y, 2.0, 0.5), localScatter(t, y, 2.0, 0.5)) || kind == 5);
}

QTEST_APPLESS_MAIN(TestNoise)
#include "test_noise.moc"
