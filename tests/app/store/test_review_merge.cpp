// Reviewer mode: three attendees' JSON exports merged; duplicates grouped.
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "store/candidate_export.h"
#include "store/review_merge.h"

using namespace exo::store;

class TestReviewMerge : public QObject {
    Q_OBJECT
private slots:
    void threeExportsGrouped();
    void consensusIsCautious();
    void unreadableExportsReported();
};

namespace {
CandidateEntry cand(qint64 tic, double period, double t0, Disposition d = Disposition::Unreviewed, double snr = 10)
{
    CandidateEntry e;
    e.mission = QStringLiteral("TESS");
    e.targetId = tic;
    e.periodDays = period;
    e.t0Bjd = t0;
    e.durationHours = 2.5;
    e.snr = snr;
    e.annotation.disposition = d;
    e.annotation.flagged = d != Disposition::Unreviewed;
    return e;
}

QString writeExport(const QTemporaryDir& dir, const QString& author, const QList<CandidateEntry>& list)
{
    const QString path = dir.filePath(author + QStringLiteral(".json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(toJsonExport(list, {author, QStringLiteral("0.1.0"), {}}));
    return path;
}
}  // namespace

void TestReviewMerge::threeExportsGrouped()
{
    QTemporaryDir dir;
    const double t0 = 2458325.50;
    // ada: planet b (6.268 d) and a 2.1 d signal; bob: b at 0.05 % off, 5 epochs
    // later, and b's double period (a harmonic); cy: b, and on another star.
    const QString a =
        writeExport(dir, QStringLiteral("ada"),
                    {cand(261136679, 6.26834, t0, Disposition::PlanetCandidate, 19), cand(261136679, 2.1, t0 + 0.7)});
    const QString b = writeExport(dir, QStringLiteral("bob"),
                                  {cand(261136679, 6.2714, t0 + 5 * 6.26834 + 0.02, Disposition::PlanetCandidate, 17),
                                   cand(261136679, 12.53668, t0 + 6.26834, Disposition::FalsePositive, 9)});
    const QString c = writeExport(
        dir, QStringLiteral("cy"),
        {cand(261136679, 6.26834, t0 - 3 * 6.26834, Disposition::PlanetCandidate, 21), cand(150428135, 6.26834, t0)});
    QStringList errors;
    const auto sources = readReviewSources({a, b, c}, errors);
    QVERIFY(errors.isEmpty());
    QCOMPARE(sources.size(), 3);
    const ReviewTable t = mergeReviews(sources);
    QCOMPARE(t.groups.size(), 3);  // pi Men b (x4 reports), the 2.1 d signal, the other star
    const ReviewGroup& g = t.groups[0];
    QCOMPARE(g.foundBy(), 3);
    QCOMPARE(g.attendees, (QStringList{QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")}));
    QCOMPARE(g.members.size(), 4);
    QCOMPARE(g.reference.snr, 21.0);  // strongest at the base period
    QCOMPARE(g.votes.value(Disposition::PlanetCandidate), 3);
    QCOMPARE(g.votes.value(Disposition::FalsePositive), 1);
    QCOMPARE(g.consensus, Disposition::PlanetCandidate);
    int harmonics = 0;
    for (const auto& m : g.members)
        harmonics += (m.ratioNum == 2 && m.ratioDen == 1);
    QCOMPARE(harmonics, 1);
    QCOMPARE(t.groups[1].foundBy(), 1);
    QCOMPARE(t.groups[2].foundBy(), 1);

    const QByteArray csv = reviewToCsv(t);
    const QList<QByteArray> lines = csv.trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[1].contains(",3,ada;bob;cy,4,"));
    QVERIFY(lines[1].contains("planet_candidate,planet_candidate"));
    const QByteArray json = reviewToJson(t);
    QVERIFY(json.contains("\"found_by\": 3"));
    QVERIFY(json.contains("\"period_ratio\": \"2:1\""));
}

void TestReviewMerge::consensusIsCautious()
{
    QMap<Disposition, int> v;
    QCOMPARE(consensusOf(v), Disposition::Unreviewed);
    v[Disposition::Unreviewed] = 5;
    QCOMPARE(consensusOf(v), Disposition::Unreviewed);
    v[Disposition::PlanetCandidate] = 2;
    v[Disposition::EclipsingBinary] = 2;
    QCOMPARE(consensusOf(v), Disposition::EclipsingBinary);  // a tie goes to the cautious verdict
    v[Disposition::PlanetCandidate] = 3;
    QCOMPARE(consensusOf(v), Disposition::PlanetCandidate);
}

void TestReviewMerge::unreadableExportsReported()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile f(bad);
    f.open(QIODevice::WriteOnly);
    f.write("{ not json");
    f.close();
    QStringList errors;
    const auto s = readReviewSources({bad, dir.filePath(QStringLiteral("missing.json"))}, errors);
    QVERIFY(s.isEmpty());
    QCOMPARE(errors.size(), 2);
    QVERIFY(errors[0].startsWith(bad + QStringLiteral(": not a JSON")));
}

QTEST_GUILESS_MAIN(TestReviewMerge)
#include "test_review_merge.moc"
