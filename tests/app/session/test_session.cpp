// Tests of exo::app::Session and its undo commands: every analysis edit is one
// undo step (slider drags and aperture gestures merge), selection and derived
// candidates are not undoable, and the modified flag follows the undo stack.
#include "session/session.h"

#include "commands/set_settings_command.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace exo::app;
using exo::pipeline::ApertureChoice;
using exo::pipeline::ApertureMode;
using exo::pipeline::DetrendMethod;
using exo::pipeline::PrepareSettings;
using exo::pipeline::SearchSettings;

namespace {

ApertureChoice customMask(int rows, int cols, std::vector<std::uint8_t> bits)
{
    ApertureChoice a;
    a.mode = ApertureMode::Custom;
    a.rows = rows;
    a.cols = cols;
    a.custom = std::move(bits);
    return a;
}

CandidateRecord candidate(int rank, double period)
{
    CandidateRecord c;
    c.rank = rank;
    c.periodDays = period;
    c.t0 = 131.5;
    c.depthPpm = 820;
    c.snr = 25;
    return c;
}

}  // namespace

class TestSession : public QObject {
    Q_OBJECT
private slots:
    void filesGroupedByStar();
    void selectionIsNotUndoable();
    void relocateFileKeepsAperture();
    void apertureUndoRedo();
    void apertureOfUnknownFileIgnored();
    void apertureGestureMerges();
    void settingsMerge_data();
    void settingsMerge();
    void mergeBackToStartIsDropped();
    void searchSettingsUndo();
    void commandTexts();
    void redetrendUndoRedo();
    void noiseAndMinTransitsUndoRedo();
    void maskedRangeAddUndo();
    void clearMaskedRangesUndo();
    void candidateAnnotations();
    void candidateNoteEditsMerge();
    void annotationUndoAfterNewSearchIsHarmless();
    void modifiedFlag();
    void restoreResetsUndo();
};

void TestSession::filesGroupedByStar()
{
    Session s;
    QSignalSpy files(&s, &Session::filesChanged);
    QSignalSpy current(&s, &Session::currentFileChanged);
    QVERIFY(s.addFile("/d/kplr009002278-q3.fits", "KIC 9002278", "Q3"));
    QVERIFY(s.addFile("/d/tess-s14.fits", "TOI 700", "Sector 14"));
    QVERIFY(s.addFile("/d/kplr009002278-q4.fits", "KIC 9002278", "Q4"));
    QVERIFY(!s.addFile("/d/tess-s14.fits", "TOI 700", "Sector 14"));  // duplicate
    QVERIFY(!s.addFile("", "x"));
    QCOMPARE(files.count(), 3);
    QCOMPARE(s.stars(), QStringList({"KIC 9002278", "TOI 700"}));
    QCOMPARE(s.filesOfStar("KIC 9002278").size(), 2);
    QCOMPARE(s.filesOfStar("KIC 9002278")[1].season, QString("Q4"));
    // The first file becomes current.
    QCOMPARE(s.currentFile(), QString("/d/kplr009002278-q3.fits"));
    QCOMPARE(s.currentStar(), QString("KIC 9002278"));
    QCOMPARE(current.count(), 1);

    // Removing the current file moves to the other file of the same star.
    s.setAperture("/d/kplr009002278-q3.fits", customMask(1, 2, {1, 0}));
    QVERIFY(s.removeFile("/d/kplr009002278-q3.fits"));
    QVERIFY(!s.removeFile("/d/kplr009002278-q3.fits"));
    QCOMPARE(s.currentFile(), QString("/d/kplr009002278-q4.fits"));
    QVERIFY(s.apertures().count("/d/kplr009002278-q3.fits") == 0);
    QVERIFY(s.removeFile("/d/kplr009002278-q4.fits"));
    QCOMPARE(s.currentStar(), QString("TOI 700"));
    QCOMPARE(s.stars(), QStringList({"TOI 700"}));
    QVERIFY(s.removeFile("/d/tess-s14.fits"));
    QVERIFY(s.currentFile().isEmpty());
    QVERIFY(s.currentStar().isEmpty());
}

void TestSession::selectionIsNotUndoable()
{
    Session s;
    s.addFile("/d/a.fits", "Star A");
    s.addFile("/d/b.fits", "Star B");
    QSignalSpy star(&s, &Session::currentStarChanged);
    s.setCurrentFile("/d/b.fits");
    QCOMPARE(s.currentStar(), QString("Star B"));
    QCOMPARE(star.count(), 1);
    s.setCurrentStar("Star A");
    QCOMPARE(s.currentFile(), QString("/d/a.fits"));
    s.setCurrentFile("/d/unknown.fits");  // ignored
    QCOMPARE(s.currentFile(), QString("/d/a.fits"));
    QCOMPARE(s.undoStack()->count(), 0);
}

void TestSession::relocateFileKeepsAperture()
{
    Session s;
    s.addFile("/old/q3.fits", "KIC 9002278", "Q3");
    s.addFile("/old/q4.fits", "KIC 9002278", "Q4");
    const ApertureChoice custom = customMask(1, 3, {0, 1, 1});
    s.setAperture("/old/q3.fits", custom);
    s.markSaved();
    QSignalSpy current(&s, &Session::currentFileChanged);
    QVERIFY(s.relocateFile("/old/q3.fits", "/new/q3.fits"));
    QVERIFY(s.isModified());
    QVERIFY(!s.hasFile("/old/q3.fits"));
    QCOMPARE(s.file("/new/q3.fits").season, QString("Q3"));
    QVERIFY(s.aperture("/new/q3.fits") == custom);
    QCOMPARE(s.apertures().count("/old/q3.fits"), size_t(0));
    QCOMPARE(s.currentFile(), QString("/new/q3.fits"));
    QCOMPARE(current.count(), 1);
    QVERIFY(!s.relocateFile("/old/q3.fits", "/x.fits"));       // no longer known
    QVERIFY(!s.relocateFile("/new/q3.fits", "/old/q4.fits"));  // taken by another entry
    // The recorded aperture step names the old path, so it no longer applies:
    // undo is a harmless no-op (relocation normally follows a load, with an empty stack).
    s.undoStack()->undo();
    QVERIFY(s.aperture("/new/q3.fits") == custom);
}

void TestSession::apertureUndoRedo()
{
    Session s;
    const QString f = "/d/q3.fits";
    s.addFile(f, "KIC 9002278", "Q3");
    QSignalSpy changed(&s, &Session::apertureChanged);

    ApertureChoice threshold;
    threshold.mode = ApertureMode::Threshold;
    threshold.thresholdSigma = 2.5;
    s.setAperture(f, threshold);
    const ApertureChoice custom = customMask(2, 3, {0, 1, 1, 0, 1, 0});
    s.setAperture(f, custom);
    QCOMPARE(s.undoStack()->count(), 2);
    QVERIFY(s.aperture(f) == custom);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().at(0).toString(), f);

    s.undoStack()->undo();
    QVERIFY(s.aperture(f) == threshold);
    s.undoStack()->undo();
    QVERIFY(s.aperture(f) == ApertureChoice{});
    s.undoStack()->redo();
    QVERIFY(s.aperture(f) == threshold);
    s.undoStack()->redo();
    QVERIFY(s.aperture(f) == custom);
    QCOMPARE(changed.count(), 6);

    // Setting the same aperture again pushes nothing.
    s.setAperture(f, custom);
    QCOMPARE(s.undoStack()->count(), 2);
}

void TestSession::apertureOfUnknownFileIgnored()
{
    Session s;
    s.setAperture("/nowhere.fits", customMask(1, 1, {1}));
    QCOMPARE(s.undoStack()->count(), 0);
    QVERIFY(!s.applyAperture("/nowhere.fits", ApertureChoice{}));
    QVERIFY(s.apertures().empty());
}

void TestSession::apertureGestureMerges()
{
    Session s;
    const QString f = "/d/s14.fits", g = "/d/s15.fits";
    s.addFile(f, "TOI 700", "S14");
    s.addFile(g, "TOI 700", "S15");
    // One drag (gesture 7) paints three pixels: one undo step.
    s.setAperture(f, customMask(2, 2, {1, 0, 0, 0}), 7);
    s.setAperture(f, customMask(2, 2, {1, 1, 0, 0}), 7);
    s.setAperture(f, customMask(2, 2, {1, 1, 1, 0}), 7);
    QCOMPARE(s.undoStack()->count(), 1);
    // Same gesture id on another file, and another gesture: separate steps.
    s.setAperture(g, customMask(1, 1, {1}), 7);
    s.setAperture(f, customMask(2, 2, {1, 1, 1, 1}), 8);
    QCOMPARE(s.undoStack()->count(), 3);
    s.undoStack()->undo();
    s.undoStack()->undo();
    QVERIFY(s.aperture(f) == customMask(2, 2, {1, 1, 1, 0}));
    s.undoStack()->undo();
    QVERIFY(s.aperture(f) == ApertureChoice{});
}

void TestSession::settingsMerge_data()
{
    QTest::addColumn<QList<int>>("mergeKeys");
    QTest::addColumn<int>("expectedSteps");
    QTest::newRow("same key merges") << QList<int>{3, 3, 3} << 1;
    QTest::newRow("different keys") << QList<int>{1, 2, 3} << 3;
    QTest::newRow("no key never merges") << QList<int>{-1, -1, -1} << 3;
    QTest::newRow("key change splits") << QList<int>{3, 3, 4, 4} << 2;
    QTest::newRow("interrupted by another key") << QList<int>{3, 4, 3} << 3;
}

void TestSession::settingsMerge()
{
    QFETCH(QList<int>, mergeKeys);
    QFETCH(int, expectedSteps);
    Session s;
    QSignalSpy changed(&s, &Session::prepareSettingsChanged);
    const PrepareSettings original = s.prepareSettings();
    PrepareSettings p = original;
    for (int i = 0; i < mergeKeys.size(); ++i) {
        p.windowDays = 1.0 + 0.25 * i;  // a slider drag: a new value each call (default 0.75)
        s.setPrepareSettings(p, mergeKeys[i]);
    }
    QCOMPARE(changed.count(), mergeKeys.size());
    QCOMPARE(s.undoStack()->count(), expectedSteps);
    QCOMPARE(s.prepareSettings().windowDays, p.windowDays);
    for (int i = 0; i < expectedSteps; ++i)
        s.undoStack()->undo();
    QVERIFY(s.prepareSettings() == original);
    while (s.undoStack()->canRedo())
        s.undoStack()->redo();
    QVERIFY(s.prepareSettings() == p);
}

void TestSession::mergeBackToStartIsDropped()
{
    Session s;
    PrepareSettings p = s.prepareSettings();
    const double start = p.windowDays;
    p.windowDays = 1.5;
    s.setPrepareSettings(p, 1);
    p.windowDays = start;  // the drag returns to where it started
    s.setPrepareSettings(p, 1);
    QCOMPARE(s.prepareSettings().windowDays, start);
    QCOMPARE(s.undoStack()->count(), 0);
}

void TestSession::searchSettingsUndo()
{
    Session s;
    QSignalSpy changed(&s, &Session::searchSettingsChanged);
    SearchSettings q = s.searchSettings();
    for (double snr : {7.5, 8.0, 8.5}) {
        q.minSnr = snr;
        s.setSearchSettings(q, 2);
    }
    q.durationsHours = {1, 2, 4};
    s.setSearchSettings(q);
    QCOMPARE(s.undoStack()->count(), 2);
    QCOMPARE(changed.count(), 4);
    s.undoStack()->undo();
    QVERIFY(s.searchSettings().durationsHours.empty());
    QCOMPARE(s.searchSettings().minSnr, 8.5);
    s.undoStack()->undo();
    QVERIFY(s.searchSettings() == SearchSettings{});
}

void TestSession::commandTexts()
{
    PrepareSettings a, b;
    b.windowDays = 2;
    QCOMPARE(SetPrepareSettingsCommand::describe(a, b), QString("Change detrending window"));
    b.detrend = DetrendMethod::SavGol;
    QCOMPARE(SetPrepareSettingsCommand::describe(a, b), QString("Change preparation settings"));
    SearchSettings x, y;
    y.maxPeriodDays = 40;
    QCOMPARE(SetSearchSettingsCommand::describe(x, y), QString("Change period range"));

    Session s;
    s.addFile("/d/a.fits", "A");
    s.setAperture("/d/a.fits", customMask(1, 1, {1}));
    QCOMPARE(s.undoStack()->undoText(), QString("Edit aperture"));
    s.addMaskedRange(10, 11);
    QCOMPARE(s.undoStack()->undoText(), QString("Mask time range"));
    PrepareSettings p = s.prepareSettings();
    p.windowDays = 1.0;
    s.setPrepareSettings(p, 5);
    QCOMPARE(s.undoStack()->undoText(), QString("Change detrending window"));
}

void TestSession::redetrendUndoRedo()
{
    Session s;
    QSignalSpy changed(&s, &Session::searchSettingsChanged);
    QVERIFY(s.searchSettings().redetrendMasked);  // the CLI's default: masked
    SearchSettings q = s.searchSettings();
    q.redetrendMasked = false;
    s.setSearchSettings(q);  // a check box: no merge key
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.undoStack()->undoText(), QString("Change re-detrending"));
    QVERIFY(!s.searchSettings().redetrendMasked);
    QVERIFY(s.isModified());
    // Two clicks are two steps, even with a key (a discrete choice in between other edits).
    q.redetrendMasked = true;
    s.setSearchSettings(q);
    QCOMPARE(s.undoStack()->count(), 2);
    s.undoStack()->undo();
    QVERIFY(!s.searchSettings().redetrendMasked);
    s.undoStack()->undo();
    QVERIFY(s.searchSettings().redetrendMasked);
    QVERIFY(!s.isModified());
    s.undoStack()->redo();
    QVERIFY(!s.searchSettings().redetrendMasked);
    QCOMPARE(changed.count(), 5);
    // The generic command keeps both values and merges only its own kind.
    SearchSettings off;
    off.redetrendMasked = false;
    SetSearchSettingsCommand a(&s, SearchSettings{}, off, 7);
    SetPrepareSettingsCommand b(&s, PrepareSettings{}, PrepareSettings{}, 7);
    QCOMPARE(a.text(), QString("Change re-detrending"));
    QVERIFY(a.id() >= 0 && b.id() >= 0 && a.id() != b.id());
    QVERIFY(!a.mergeWith(&b));
    QVERIFY(a.before().redetrendMasked && !a.after().redetrendMasked);
}

// The CLI's --noise and --min-transits through the same generic command: named undo steps,
// spin-box arrow clicks merge by their key, undo restores the defaults.
void TestSession::noiseAndMinTransitsUndoRedo()
{
    Session s;
    const SearchSettings defaults = s.searchSettings();
    QVERIFY(!defaults.pipelineErrors);
    QCOMPARE(defaults.minTransits, 3);
    SearchSettings q = defaults;
    q.pipelineErrors = true;
    s.setSearchSettings(q);  // a combo box: no merge key
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.undoStack()->undoText(), QString("Change noise model"));
    q.minTransits = 4;
    s.setSearchSettings(q, 208);  // the panel's MinTransitsKey
    q.minTransits = 5;
    s.setSearchSettings(q, 208);
    QCOMPARE(s.undoStack()->count(), 2);  // the two arrow clicks are one step
    QCOMPARE(s.undoStack()->undoText(), QString("Change minimum transits"));
    QCOMPARE(s.searchSettings().minTransits, 5);
    s.undoStack()->undo();
    QCOMPARE(s.searchSettings().minTransits, 3);
    QVERIFY(s.searchSettings().pipelineErrors);
    s.undoStack()->undo();
    QCOMPARE(s.searchSettings(), defaults);
    QVERIFY(!s.isModified());
    s.undoStack()->redo();
    s.undoStack()->redo();
    QVERIFY(s.searchSettings().pipelineErrors);
    QCOMPARE(s.searchSettings().minTransits, 5);
}

void TestSession::maskedRangeAddUndo()
{
    Session s;
    QSignalSpy masked(&s, &Session::maskedRangesChanged);
    QSignalSpy prepare(&s, &Session::prepareSettingsChanged);
    s.addMaskedRange(140.2, 139.8);  // swapped on input
    s.addMaskedRange(200.0, 201.5);
    using R = std::vector<std::pair<double, double>>;
    QVERIFY(s.maskedRanges() == R({{139.8, 140.2}, {200.0, 201.5}}));
    QCOMPARE(masked.count(), 2);
    QCOMPARE(prepare.count(), 2);  // masked ranges are part of the preparation
    s.undoStack()->undo();
    QVERIFY(s.maskedRanges() == R({{139.8, 140.2}}));
    s.undoStack()->undo();
    QVERIFY(s.maskedRanges().empty());
    s.undoStack()->redo();
    QVERIFY(s.maskedRanges() == R({{139.8, 140.2}}));
    QCOMPARE(masked.count(), 5);
    s.addMaskedRange(qQNaN(), 3);  // ignored
    QCOMPARE(s.undoStack()->index(), 1);
    QVERIFY(s.undoStack()->canRedo());
}

void TestSession::clearMaskedRangesUndo()
{
    Session s;
    s.clearMaskedRanges();  // nothing to clear: no step
    QCOMPARE(s.undoStack()->count(), 0);
    s.addMaskedRange(1, 2);
    s.addMaskedRange(3, 4);
    s.clearMaskedRanges();
    QVERIFY(s.maskedRanges().empty());
    QCOMPARE(s.undoStack()->undoText(), QString("Clear masked ranges"));
    s.undoStack()->undo();
    QCOMPARE(s.maskedRanges().size(), size_t(2));
}

void TestSession::candidateAnnotations()
{
    Session s;
    QSignalSpy changed(&s, &Session::candidatesChanged);
    s.setCandidates({candidate(1, 10.3), candidate(2, 3.7)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(s.undoStack()->count(), 0);                       // derived, not undoable
    s.setCandidates({candidate(1, 10.3), candidate(2, 3.7)});  // identical: no signal
    QCOMPARE(changed.count(), 1);

    QVERIFY(s.setFlagged(2, true));
    QVERIFY(!s.setFlagged(2, true));  // unchanged
    QVERIFY(!s.setFlagged(9, true));  // unknown rank
    QVERIFY(s.setDisposition(1, "PC"));
    QVERIFY(s.candidates()[1].flagged);
    QCOMPARE(s.candidates()[0].disposition, QString("PC"));
    QCOMPARE(s.undoStack()->count(), 2);
    QCOMPARE(s.undoStack()->text(0), QString("Flag candidate 2"));
    s.undoStack()->undo();
    QVERIFY(s.candidates()[0].disposition.isEmpty());
    s.undoStack()->undo();
    QVERIFY(!s.candidates()[1].flagged);
    s.undoStack()->redo();
    QVERIFY(s.candidates()[1].flagged);
}

void TestSession::candidateNoteEditsMerge()
{
    Session s;
    s.setCandidates({candidate(1, 10.3)});
    for (const char* text : {"s", "se", "sec", "secondary?"})
        s.setNote(1, text);
    QCOMPARE(s.undoStack()->count(), 1);
    QCOMPARE(s.candidates()[0].note, QString("secondary?"));
    s.setFlagged(1, true);
    s.setNote(1, "secondary eclipse");
    QCOMPARE(s.undoStack()->count(), 3);
    s.undoStack()->undo();
    s.undoStack()->undo();
    s.undoStack()->undo();
    QVERIFY(s.candidates()[0].note.isEmpty());
}

void TestSession::annotationUndoAfterNewSearchIsHarmless()
{
    Session s;
    s.setCandidates({candidate(1, 10.3)});
    s.setFlagged(1, true);
    s.setCandidates({candidate(1, 4.2)});  // a new search: rank 1 is another signal
    s.undoStack()->undo();                 // must not touch the new rank 1
    QVERIFY(!s.candidates()[0].flagged);
    QCOMPARE(s.candidates()[0].periodDays, 4.2);
    s.undoStack()->redo();
    QVERIFY(!s.candidates()[0].flagged);
}

void TestSession::modifiedFlag()
{
    Session s;
    QSignalSpy modified(&s, &Session::modifiedChanged);
    QVERIFY(!s.isModified());
    PrepareSettings p = s.prepareSettings();
    p.quality = "hard";
    s.setPrepareSettings(p);
    QVERIFY(s.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().at(0).toBool(), true);
    s.markSaved();
    QVERIFY(!s.isModified());
    s.undoStack()->undo();  // back before the save point
    QVERIFY(s.isModified());
    s.undoStack()->redo();
    QVERIFY(!s.isModified());
    s.addFile("/d/a.fits", "A");  // files are not undoable but modify the session
    QVERIFY(s.isModified());
    s.markSaved();
    s.setCurrentFile(QString());  // selection does not modify
    QVERIFY(!s.isModified());
    QCOMPARE(modified.count(), 6);
}

void TestSession::restoreResetsUndo()
{
    Session s;
    s.addFile("/d/a.fits", "A", "Q1");
    s.addMaskedRange(1, 2);
    SessionState st;
    st.files = {SessionFile{"/d/x.fits", "X", "S1"}, SessionFile{"/d/y.fits", "Y", "S2"}};
    st.apertures["/d/y.fits"] = customMask(1, 2, {0, 1});
    st.apertures["/d/unknown.fits"] = customMask(1, 1, {1});  // dropped: not a session file
    st.prepare.windowDays = 1.1;
    st.currentFile = "/d/y.fits";
    QSignalSpy files(&s, &Session::filesChanged);
    s.restore(st);
    QCOMPARE(files.count(), 1);
    QCOMPARE(s.undoStack()->count(), 0);
    QVERIFY(!s.isModified());
    QCOMPARE(s.currentStar(), QString("Y"));
    QCOMPARE(s.apertures().size(), size_t(1));
    SessionState expected = st;
    expected.apertures.erase("/d/unknown.fits");
    expected.currentStar = "Y";
    QVERIFY(s.snapshot() == expected);
    s.clear();
    QVERIFY(s.files().isEmpty());
    QVERIFY(s.snapshot() == SessionState{});
}

QTEST_GUILESS_MAIN(TestSession)
#include "test_session.moc"
