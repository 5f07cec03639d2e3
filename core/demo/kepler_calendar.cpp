#include "demo/kepler_calendar.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace exo::demo {

namespace {

// Quarter limits: TSTART/TSTOP of real long-cadence files where we hold one
// (Q4 352.367, Q5 443.480-538.172, Q8 735.353-802.354, Q10 906.836-1000.279,
// Q11 1001.198-1098.336, Q12 1099.399-1182.032; see shared/data/real), the other
// quarters from the Kepler data release notes (rounded). Timestamps are those
// of the MAST long-cadence products of each quarter (e.g. Q5 2010174085026 as in
// kplr009002278-2010174085026_lpd-targ.fits.gz, Q8 2011073133259 as the Q8 CBV).
constexpr std::array<KeplerQuarterInfo, 17> kQuarters{{
    {1, 131.512, 164.983, "2009166043257"},
    {2, 169.765, 258.467, "2009259160929"},
    {3, 260.225, 349.495, "2009350155506"},
    {4, 352.367, 442.202, "2010078095331"},
    {5, 443.480, 538.172, "2010174085026"},
    {6, 539.458, 629.296, "2010265121752"},
    {7, 630.175, 719.544, "2010355172524"},
    {8, 735.353, 802.354, "2011073133259"},
    {9, 808.510, 905.926, "2011177032512"},
    {10, 906.836, 1000.279, "2011271113734"},
    {11, 1001.198, 1098.336, "2012004120508"},
    {12, 1099.399, 1182.032, "2012088054726"},
    {13, 1182.753, 1273.059, "2012179063303"},
    {14, 1274.139, 1371.323, "2012277125453"},
    {15, 1373.467, 1471.136, "2013011073258"},
    {16, 1472.115, 1558.003, "2013098041711"},
    {17, 1559.209, 1591.001, "2013131215648"},
}};

constexpr std::array<int, 21> kModules{2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24};

}  // namespace

const KeplerQuarterInfo* keplerQuarter(int quarter)
{
    if (quarter < 1 || quarter > 17)
        return nullptr;
    return &kQuarters[std::size_t(quarter - 1)];
}

int keplerSeason(int quarter) { return ((quarter + 2) % 4 + 4) % 4; }

int keplerChannel(int module, int output)
{
    for (std::size_t i = 0; i < kModules.size(); ++i)
        if (kModules[i] == module)
            return int(i) * 4 + output;
    return -1;
}

int rotateModule(int module)
{
    const int r = (module - 1) / 5, c = (module - 1) % 5;
    const int nr = c, nc = 4 - r;  // 90 degrees about the centre module 13
    return nr * 5 + nc + 1;
}

long long keplerCadenceNumber(double spacecraftBkjd)
{
    constexpr double kAnchorTime = 443.49006284 + 0.00109208;  // Q5 first TIME - TIMECORR
    constexpr long long kAnchorCadence = 16373;
    return kAnchorCadence + std::llround((spacecraftBkjd - kAnchorTime) / KeplerLongCadence::kTimedel);
}

std::string bkjdToIsoUtc(double spacecraftBkjd)
{
    // Julian date to calendar (Meeus, Astronomical Algorithms ch. 7).
    const double jd = spacecraftBkjd + 2454833.0;
    const double jdPlus = jd + 0.5;
    const long long z = (long long)std::floor(jdPlus);
    double frac = jdPlus - double(z);
    long long a = z;
    if (z >= 2299161) {
        const long long alpha = (long long)std::floor((double(z) - 1867216.25) / 36524.25);
        a = z + 1 + alpha - alpha / 4;
    }
    const long long b = a + 1524;
    const long long c = (long long)std::floor((double(b) - 122.1) / 365.25);
    const long long d = (long long)std::floor(365.25 * double(c));
    const long long e = (long long)std::floor(double(b - d) / 30.6001);
    const int day = int(b - d - (long long)std::floor(30.6001 * double(e)));
    const int month = int(e < 14 ? e - 1 : e - 13);
    const int year = int(month > 2 ? c - 4716 : c - 4715);
    long long ms = std::llround(frac * 86400000.0);
    if (ms >= 86400000LL)
        ms = 86399999LL;  // avoid rolling the date for the demo's purposes
    const int hh = int(ms / 3600000), mm = int(ms / 60000 % 60), ss = int(ms / 1000 % 60), milli = int(ms % 1000);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, month, day, hh, mm, ss, milli);
    return buf;
}

}  // namespace exo::demo
