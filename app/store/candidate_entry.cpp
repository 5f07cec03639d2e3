#include "store/candidate_entry.h"

namespace exo::store {

QString dispositionKey(Disposition d)
{
    switch (d) {
    case Disposition::Unreviewed: return QStringLiteral("unreviewed");
    case Disposition::PlanetCandidate: return QStringLiteral("planet_candidate");
    case Disposition::EclipsingBinary: return QStringLiteral("eclipsing_binary");
    case Disposition::FalsePositive: return QStringLiteral("false_positive");
    case Disposition::KnownPlanet: return QStringLiteral("known_planet");
    case Disposition::Systematics: return QStringLiteral("systematics");
    }
    return QStringLiteral("unreviewed");
}

std::optional<Disposition> dispositionFromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (Disposition d : allDispositions())
        if (k == dispositionKey(d))
            return d;
    // Codes of the session format and of the CTOI/KOI vocabularies.
    if (k.isEmpty())
        return Disposition::Unreviewed;
    if (k == QLatin1String("pc") || k == QLatin1String("candidate"))
        return Disposition::PlanetCandidate;
    if (k == QLatin1String("eb"))
        return Disposition::EclipsingBinary;
    if (k == QLatin1String("fp") || k == QLatin1String("false positive"))
        return Disposition::FalsePositive;
    if (k == QLatin1String("kp") || k == QLatin1String("cp") || k == QLatin1String("confirmed"))
        return Disposition::KnownPlanet;
    if (k == QLatin1String("sys"))
        return Disposition::Systematics;
    return std::nullopt;
}

QList<Disposition> allDispositions()
{
    return {Disposition::Unreviewed,    Disposition::PlanetCandidate, Disposition::EclipsingBinary,
            Disposition::FalsePositive, Disposition::KnownPlanet,     Disposition::Systematics};
}

QString CandidateEntry::starLabel() const
{
    if (!targetLabel.isEmpty())
        return targetLabel;
    const QString prefix = mission == QLatin1String("TESS") ? QStringLiteral("TIC")
                           : mission == QLatin1String("K2") ? QStringLiteral("EPIC")
                                                            : QStringLiteral("KIC");
    return prefix + QLatin1Char(' ') + QString::number(targetId);
}

QString CandidateEntry::starKey() const { return mission + QLatin1Char(':') + QString::number(targetId); }

}  // namespace exo::store
