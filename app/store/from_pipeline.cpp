#include "store/from_pipeline.h"

#include "store/file_hash.h"

namespace exo::store {

QString softwareVersion() { return QStringLiteral(EXO_STORE_APP_VERSION); }

QList<CandidateEntry> entriesFromSearch(const std::vector<Candidate>& candidates, const SearchProvenance& p)
{
    const QList<FileRef> files = fileRefs(p.files);
    QList<CandidateEntry> out;
    for (const auto& c : candidates) {
        CandidateEntry e;
        e.mission = QString::fromUtf8(missionName(p.meta.mission));
        e.targetId = p.meta.targetId;
        e.targetLabel = QString::fromStdString(p.meta.targetLabel());
        e.objectName = QString::fromStdString(p.meta.objectName);
        e.files = files;
        e.softwareVersion = p.softwareVersion.isEmpty() ? softwareVersion() : p.softwareVersion;
        e.settings = p.settings;
        e.timeSystem = QString::fromUtf8(timeSystemName(p.meta.timeSystem));
        e.bjdReference = p.meta.bjdOffset();
        e.rank = c.rank;
        // Core writes 0 for "not estimated"; the store keeps unknown as NULL.
        auto known = [](double v) { return v > 0 ? v : kUnknown; };
        e.periodDays = c.periodDays;
        e.periodErrDays = known(c.periodErrDays);
        e.t0ErrDays = known(c.t0ErrDays);
        e.t0 = c.t0;
        e.t0Bjd = c.t0Bjd > 0 ? c.t0Bjd : kUnknown;
        e.durationHours = c.durationHours;
        e.depthPpm = c.depthPpm;
        e.depthErrPpm = known(c.depthErrPpm);
        e.snr = c.snr;
        e.sde = c.sde;
        e.nTransits = c.nTransits;
        e.oddEvenSigma = c.oddEvenSigma;
        e.secondaryDepthPpm = c.secondaryDepthPpm;
        e.author = p.author;
        out.append(e);
    }
    return out;
}

}  // namespace exo::store
