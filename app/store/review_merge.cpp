#include "store/review_merge.h"

#include "store/candidate_export.h"
#include "store/entry_json.h"
#include "store/signal_match.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace exo::store {

namespace {

Ephemeris ephemerisOf(const CandidateEntry& e)
{
    return {e.periodDays, e.t0Bjd, e.durationHours, e.periodErrDays, e.t0ErrDays};
}

int find(std::vector<int>& parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

QString csvField(const QString& s)
{
    static const QRegularExpression special(QStringLiteral("[\",\\r\\n]"));
    if (!s.contains(special))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString fmt(double v, int decimals) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString(); }

QString votesText(const QMap<Disposition, int>& votes)
{
    QStringList parts;
    for (auto it = votes.begin(); it != votes.end(); ++it)
        parts << QStringLiteral("%1:%2").arg(dispositionKey(it.key())).arg(it.value());
    return parts.join(QLatin1Char(' '));
}

}  // namespace

Disposition consensusOf(const QMap<Disposition, int>& votes)
{
    static const QList<Disposition> caution = {Disposition::FalsePositive, Disposition::EclipsingBinary,
                                               Disposition::Systematics, Disposition::KnownPlanet,
                                               Disposition::PlanetCandidate};
    Disposition best = Disposition::Unreviewed;
    int bestVotes = 0;
    for (Disposition d : caution) {
        const int n = votes.value(d);
        if (n > bestVotes) {
            best = d;
            bestVotes = n;
        }
    }
    return best;
}

ReviewTable mergeReviews(const QList<ReviewSource>& sources, int maxHarmonic)
{
    ReviewTable t;
    t.sources = sources;
    struct Ref {
        int s, e;
    };
    std::vector<Ref> all;
    for (int s = 0; s < int(sources.size()); ++s)
        for (int e = 0; e < int(sources[s].entries.size()); ++e)
            all.push_back({s, e});
    auto at = [&](int i) -> const CandidateEntry& { return sources[all[i].s].entries[all[i].e]; };

    std::vector<int> parent(all.size());
    std::iota(parent.begin(), parent.end(), 0);
    MatchTolerance tol;
    tol.maxHarmonic = maxHarmonic;
    for (int i = 0; i < int(all.size()); ++i)
        for (int j = i + 1; j < int(all.size()); ++j) {
            if (at(i).starKey() != at(j).starKey())
                continue;
            if (matchSignals(ephemerisOf(at(i)), ephemerisOf(at(j)), tol).match)
                parent[find(parent, i)] = find(parent, j);
        }

    QMap<int, QList<int>> groups;
    for (int i = 0; i < int(all.size()); ++i)
        groups[find(parent, i)].append(i);
    for (const auto& idx : groups) {
        ReviewGroup g;
        // Reference: the shortest period present (the base signal), highest SNR among those.
        int ref = idx.front();
        for (int i : idx) {
            const auto& a = at(i);
            const auto& r = at(ref);
            const bool shorter = a.periodDays < r.periodDays * (1 - tol.periodRelative);
            const bool same = std::abs(a.periodDays / r.periodDays - 1) <= tol.periodRelative;
            if (shorter || (same && a.snr > r.snr))
                ref = i;
        }
        g.reference = at(ref);
        QSet<QString> who;
        for (int i : idx) {
            ReviewMember m{all[i].s, all[i].e, 1, 1};
            const auto match = matchSignals(ephemerisOf(at(i)), ephemerisOf(g.reference), tol);
            if (match.match) {
                m.ratioNum = match.ratioNum;
                m.ratioDen = match.ratioDen;
            } else {
                // Linked through another member only: describe the period ratio.
                m.ratioNum = std::max(1, int(std::lround(at(i).periodDays / g.reference.periodDays)));
            }
            g.members.append(m);
            who.insert(sources[all[i].s].attendee);
            g.votes[at(i).annotation.disposition] += 1;
            if (at(i).annotation.flagged)
                ++g.flaggedCount;
        }
        g.attendees = QStringList(who.begin(), who.end());
        g.attendees.sort();
        g.consensus = consensusOf(g.votes);
        g.finalDisposition = g.consensus;
        t.groups.append(g);
    }
    std::stable_sort(t.groups.begin(), t.groups.end(), [](const ReviewGroup& a, const ReviewGroup& b) {
        if (a.foundBy() != b.foundBy())
            return a.foundBy() > b.foundBy();
        if (a.reference.starKey() != b.reference.starKey())
            return a.reference.starKey() < b.reference.starKey();
        return a.reference.periodDays < b.reference.periodDays;
    });
    return t;
}

QList<ReviewSource> readReviewSources(const QStringList& paths, QStringList& errors)
{
    QList<ReviewSource> out;
    for (const auto& p : paths) {
        QFile f(p);
        if (!f.open(QIODevice::ReadOnly)) {
            errors << QStringLiteral("%1: %2").arg(p, f.errorString());
            continue;
        }
        ReviewSource s;
        s.file = p;
        ExportInfo info;
        QString why;
        if (!fromJsonExport(f.readAll(), s.entries, info, &why)) {
            errors << QStringLiteral("%1: %2").arg(p, why);
            continue;
        }
        s.attendee = info.author.trimmed().isEmpty() ? QFileInfo(p).completeBaseName() : info.author.trimmed();
        out.append(s);
    }
    return out;
}

QStringList reviewCsvColumns()
{
    return {QStringLiteral("group"),      QStringLiteral("target"),      QStringLiteral("mission"),
            QStringLiteral("target_id"),  QStringLiteral("object_name"), QStringLiteral("period"),
            QStringLiteral("time0"),      QStringLiteral("duration"),    QStringLiteral("depth"),
            QStringLiteral("model_snr"),  QStringLiteral("found_by"),    QStringLiteral("attendees"),
            QStringLiteral("n_reports"),  QStringLiteral("n_flagged"),   QStringLiteral("period_ratios"),
            QStringLiteral("votes"),      QStringLiteral("consensus"),   QStringLiteral("final_disposition"),
            QStringLiteral("review_note")};
}

QByteArray reviewToCsv(const ReviewTable& t)
{
    QString out = reviewCsvColumns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (qsizetype i = 0; i < t.groups.size(); ++i) {
        const auto& g = t.groups[i];
        const auto& r = g.reference;
        QStringList ratios;
        for (const auto& m : g.members)
            if (m.ratioNum != 1 || m.ratioDen != 1)
                ratios << QStringLiteral("%1:%2").arg(m.ratioNum).arg(m.ratioDen);
        ratios.removeDuplicates();
        const QStringList row = {QString::number(i + 1),
                                 r.starLabel(),
                                 r.mission,
                                 QString::number(r.targetId),
                                 r.objectName,
                                 fmt(r.periodDays, 8),
                                 fmt(r.t0Bjd, 6),
                                 fmt(r.durationHours, 4),
                                 fmt(r.depthPpm, 1),
                                 fmt(r.snr, 2),
                                 QString::number(g.foundBy()),
                                 g.attendees.join(QLatin1Char(';')),
                                 QString::number(g.members.size()),
                                 QString::number(g.flaggedCount),
                                 ratios.join(QLatin1Char(' ')),
                                 votesText(g.votes),
                                 dispositionKey(g.consensus),
                                 dispositionKey(g.finalDisposition),
                                 g.reviewNote};
        QStringList q;
        for (const auto& f : row)
            q << csvField(f);
        out += q.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray reviewToJson(const ReviewTable& t)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("exoworld-review");
    root[QStringLiteral("format_version")] = 1;
    QJsonArray sources;
    for (const auto& s : t.sources)
        sources.append(QJsonObject{{QStringLiteral("attendee"), s.attendee},
                                   {QStringLiteral("file"), s.file},
                                   {QStringLiteral("n_candidates"), int(s.entries.size())}});
    root[QStringLiteral("sources")] = sources;
    QJsonArray groups;
    for (const auto& g : t.groups) {
        QJsonObject o;
        o[QStringLiteral("reference")] = entryToJson(g.reference);
        o[QStringLiteral("found_by")] = g.foundBy();
        o[QStringLiteral("attendees")] = QJsonArray::fromStringList(g.attendees);
        QJsonObject votes;
        for (auto it = g.votes.begin(); it != g.votes.end(); ++it)
            votes[dispositionKey(it.key())] = it.value();
        o[QStringLiteral("votes")] = votes;
        o[QStringLiteral("consensus")] = dispositionKey(g.consensus);
        o[QStringLiteral("final_disposition")] = dispositionKey(g.finalDisposition);
        o[QStringLiteral("review_note")] = g.reviewNote;
        QJsonArray members;
        for (const auto& m : g.members) {
            const auto& e = t.sources[m.source].entries[m.entry];
            QJsonObject mo{{QStringLiteral("attendee"), t.sources[m.source].attendee},
                           {QStringLiteral("period_days"), jsonNumber(e.periodDays)},
                           {QStringLiteral("t0_bjd"), jsonNumber(e.t0Bjd)},
                           {QStringLiteral("snr"), jsonNumber(e.snr)},
                           {QStringLiteral("period_ratio"), QStringLiteral("%1:%2").arg(m.ratioNum).arg(m.ratioDen)},
                           {QStringLiteral("disposition"), dispositionKey(e.annotation.disposition)},
                           {QStringLiteral("flagged"), e.annotation.flagged},
                           {QStringLiteral("note"), e.annotation.note}};
            members.append(mo);
        }
        o[QStringLiteral("members")] = members;
        groups.append(o);
    }
    root[QStringLiteral("groups")] = groups;
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

}  // namespace exo::store
