#include "store/from_pipeline.h"

#include "store/file_hash.h"

namespace exo::store {

QString softwareVersion() { return QStringLiteral(EXO_STORE_APP_VERSION); }

QList<CandidateEntry> entriesFromSearch(const std::vector<pipeline::CandidateInfo>& candidates,
                                        const SearchProvenance& p)
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
        e.periodDays = c.periodDays;
        e.t0 = c.t0;
        e.t0Bjd = c.t0Bjd;
        e.durationHours = c.durationHours;
        e.depthPpm = c.depthPpm;
        e.depthErrPpm = c.depthErrPpm;
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
