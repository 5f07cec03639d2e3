#pragma once
/// @file known_planets.h
/// Known planets (from the NASA Exoplanet Archive) against a light curve: the
/// predicted transit times inside a time range, and whether a candidate found
/// by the search is one of them.
///
/// Plain C++, no Qt, no network: the archive client fills KnownPlanet values.
/// Times are BJD_TDB days; periods days; durations hours; depths ppm.

#include <optional>
#include <string>
#include <vector>

namespace exo::search {

/// One known planet or planet candidate and its linear ephemeris.
struct KnownPlanet {
    std::string name;          ///< "Kepler-62 b", "TOI-114.01", "KOI-701.03"
    std::string disposition;   ///< "CONFIRMED", "CANDIDATE", "PC", "KP"... as the archive gives it
    double periodDays = 0;     ///< orbital period
    double t0Bjd = 0;          ///< a mid-transit time, BJD_TDB
    double durationHours = 0;  ///< transit duration (0 when unknown)
    double depthPpm = 0;       ///< transit depth (0 when unknown)
};

/// How strict matchKnownPlanet is.
struct PlanetMatchTolerance {
    double periodRelative = 0.005;  ///< |P_cand/P_known - 1| at most this (0.5 %)
    /// Epoch tolerance: max(minEpochHours, epochFraction * known duration), plus the
    /// drift the period mismatch accumulates over the epochs between the two t0.
    double minEpochHours = 1.5;
    double epochFraction = 0.5;
};

/// A candidate that lines up with a known planet.
struct PlanetMatch {
    int index = -1;               ///< into the known-planet list
    double periodRatio = 1;       ///< P_cand / P_known
    long long epochs = 0;         ///< whole periods between the two t0
    double epochOffsetHours = 0;  ///< candidate t0 minus the predicted transit nearest to it
};

/// The best known planet matching a candidate of period @p periodDays and
/// mid-transit @p t0Bjd (BJD_TDB): period within tolerance and the candidate's
/// transit within the epoch tolerance of a predicted transit. Among several,
/// the smallest epoch offset wins. nullopt when none matches or inputs are not finite.
std::optional<PlanetMatch> matchKnownPlanet(const std::vector<KnownPlanet>& known, double periodDays, double t0Bjd,
                                            const PlanetMatchTolerance& tol = {});

/// Predicted mid-transit times (BJD_TDB) of @p planet inside [startBjd, stopBjd].
/// Empty for a non-positive period; at most 100000 times.
std::vector<double> predictedTransits(const KnownPlanet& planet, double startBjd, double stopBjd);

}  // namespace exo::search
