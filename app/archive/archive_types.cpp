#include "archive/archive_types.h"

namespace exo::archive {

QString Product::seasonLabel() const
{
    if (season < 0)
        return {};
    if (mission.compare(QLatin1String("Kepler"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("Q%1").arg(season);
    if (mission.compare(QLatin1String("K2"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("C%1").arg(season);
    return QStringLiteral("S%1").arg(season);
}

QString Product::cacheRelativePath() const
{
    if (kind == QLatin1String("cutout"))
        return QStringLiteral("TESSCut/") + filename;
    QString collection = hlsp ? QStringLiteral("HLSP") : mission;
    if (collection.compare(QLatin1String("kepler"), Qt::CaseInsensitive) == 0)
        collection = QStringLiteral("Kepler");
    return collection + QLatin1Char('/') + obsId + QLatin1Char('/') + filename;
}

bool ProductFilter::matches(const Product& p) const
{
    if (!mission.isEmpty() && mission.compare(p.mission, Qt::CaseInsensitive) != 0)
        return false;
    if (!kind.isEmpty() && kind.compare(p.kind, Qt::CaseInsensitive) != 0)
        return false;
    if (!author.isEmpty() && author.compare(p.author, Qt::CaseInsensitive) != 0)
        return false;
    if (season >= 0 && season != p.season)
        return false;
    if (!cadence.isEmpty()) {
        QString c = cadence.toLower();
        if (c == QLatin1String("fast"))
            c = QStringLiteral("20");
        if (c == QLatin1String("sc"))
            c = QStringLiteral("short");
        if (c == QLatin1String("lc"))
            c = QStringLiteral("long");
        if (c != p.cadence)
            return false;
    }
    return true;
}

}  // namespace exo::archive
