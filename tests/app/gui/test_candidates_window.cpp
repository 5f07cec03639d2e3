// The window and the candidate store: a flag, a disposition and a note set in
// the candidates table survive star switching, re-searching and a restart;
// they are undoable; the Flag, Disposition and Note columns are visible at
// 1366x768; File > Import Candidates groups attendees' exports.
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

#include "real_data.h"
#include "gui/candidate_store_link.h"
#include "gui/main_window.h"
#include "gui/review_dialog.h"
#include "session/app_settings.h"
#include "panels/candidates_table.h"
#include "session/session.h"
#include "store/candidate_export.h"
#include "store/candidate_store.h"

using namespace exo;

namespace {
QString real(const char* rel) { return QString::fromUtf8(EXO_REAL_DATA_DIR) + QLatin1Char('/') + QLatin1String(rel); }
const char* kWasp126 = "tess/lc/tess2018206045859-s0001-0000000025155310-0120-s_lc.fits";
const char* kToi106 = "tess/lc/tess2018206045859-s0001-0000000038846515-0120-s_lc.fits";
constexpr double kWasp126b = 3.2888;  // d, TOI-114.01 (MANIFEST.md)

int indexNear(const app::Session* s, double period)
{
    const auto c = s->candidates();
    for (int i = 0; i < c.size(); ++i)
        if (std::abs(c[i].periodDays - period) / period < 0.01)
            return i;
    return -1;
}
QString starOf(const app::Session* s, const QString& path)
{
    for (const auto& f : s->files())
        if (f.path == path)
            return f.star;
    return {};
}
}  // namespace

class TestCandidatesWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_store = m_dir.filePath(QStringLiteral("candidates.sqlite"));
        qputenv("EXOWORLD_STORE", m_store.toUtf8());
        EXO_REQUIRE_REAL_DATA();
    }

    void annotationsLast()
    {
        EXO_REQUIRE_REAL_FILE(QString::fromLatin1(kWasp126));
        EXO_REQUIRE_REAL_FILE(QString::fromLatin1(kToi106));
        const QString wasp = real(kWasp126), toi = real(kToi106);
        {
            app::MainWindow w;
            w.resize(1366, 768);
            w.show();
            w.openPaths({wasp, toi});
            auto* s = w.session();
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !starOf(s, wasp).isEmpty() && !starOf(s, toi).isEmpty(), 120000);
            s->setCurrentStar(starOf(s, wasp));
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && indexNear(s, kWasp126b) >= 0, 120000);
            const int row = indexNear(s, kWasp126b);
            // The user's columns are visible without scrolling at 1366x768.
            QTableView* view = w.candidatesTable()->view();
            for (int col : {int(ui::CandidatesModel::FlagCol), int(ui::CandidatesModel::DispositionCol),
                            int(ui::CandidatesModel::NoteCol)}) {
                const int right = view->columnViewportPosition(col) + view->columnWidth(col);
                QVERIFY2(view->columnViewportPosition(col) >= 0 && right <= view->viewport()->width(),
                         qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                        .arg(col)
                                        .arg(right)
                                        .arg(view->viewport()->width())));
            }
            // Edit through the table's model, as the delegates do.
            auto* model = w.candidatesTable()->model();
            QVERIFY(model->setData(model->index(row, ui::CandidatesModel::FlagCol), Qt::Checked, Qt::CheckStateRole));
            QVERIFY(model->setData(model->index(row, ui::CandidatesModel::DispositionCol),
                                   QStringLiteral("known_planet"), Qt::EditRole));
            QVERIFY(model->setData(model->index(row, ui::CandidatesModel::NoteCol), QStringLiteral("WASP-126 b"),
                                   Qt::EditRole));
            QCOMPARE(s->candidates()[row].flagged, true);
            QCOMPARE(s->candidates()[row].disposition, QStringLiteral("known_planet"));
            QCOMPARE(s->candidates()[row].note, QStringLiteral("WASP-126 b"));
            // Undo the note, then redo it: the store follows.
            s->undoStack()->undo();
            QCOMPARE(s->candidates()[row].note, QString());
            {
                store::CandidateStore st;
                QVERIFY(st.open(m_store).ok());
                store::StoreFilter f{false, QStringLiteral("TESS"), 25155310};
                const auto saved = st.list(f);
                QVERIFY(!saved.isEmpty());
                bool found = false;
                for (const auto& e : saved)
                    if (std::abs(e.periodDays - kWasp126b) < 0.01) {
                        found = true;
                        QVERIFY(e.annotation.flagged);
                        QCOMPARE(e.annotation.disposition, store::Disposition::KnownPlanet);
                        QCOMPARE(e.annotation.note, QString());
                        QCOMPARE(e.files.size(), 1);
                        QCOMPARE(e.files[0].sha256.size(), 64);
                    }
                QVERIFY(found);
            }
            s->undoStack()->redo();
            QCOMPARE(s->candidates()[row].note, QStringLiteral("WASP-126 b"));

            // Switch to the other star and back: the search runs again, the annotation returns.
            s->setCurrentStar(starOf(s, toi));
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && !s->candidates().isEmpty() && indexNear(s, kWasp126b) < 0, 120000);
            s->setCurrentStar(starOf(s, wasp));
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && indexNear(s, kWasp126b) >= 0, 120000);
            auto c = s->candidates()[indexNear(s, kWasp126b)];
            QVERIFY(c.flagged);
            QCOMPARE(c.disposition, QStringLiteral("known_planet"));
            QCOMPARE(c.note, QStringLiteral("WASP-126 b"));
            // The table shows it.
            const int r2 = indexNear(s, kWasp126b);
            QCOMPARE(model->index(r2, ui::CandidatesModel::NoteCol).data().toString(), QStringLiteral("WASP-126 b"));
            QCOMPARE(model->index(r2, ui::CandidatesModel::DispositionCol).data(Qt::EditRole).toString(),
                     QStringLiteral("known_planet"));

            // Re-search with another setting: the same signal keeps it.
            auto ss = s->searchSettings();
            ss.oversample = 4;
            s->setSearchSettings(ss);
            QTRY_VERIFY_WITH_TIMEOUT(w.isIdle() && indexNear(s, kWasp126b) >= 0, 120000);
            QTRY_VERIFY_WITH_TIMEOUT(s->candidates()[indexNear(s, kWasp126b)].flagged, 60000);
            QCOMPARE(s->candidates()[indexNear(s, kWasp126b)].note, QStringLiteral("WASP-126 b"));
        }
        // Restart: a new window on the same file finds the annotation in the store.
        app::MainWindow w2;
        w2.resize(1366, 768);
        w2.show();
        w2.openPaths({wasp});
        QTRY_VERIFY_WITH_TIMEOUT(w2.isIdle() && indexNear(w2.session(), kWasp126b) >= 0, 120000);
        const auto c = w2.session()->candidates()[indexNear(w2.session(), kWasp126b)];
        QVERIFY(c.flagged);
        QCOMPARE(c.disposition, QStringLiteral("known_planet"));
        QCOMPARE(c.note, QStringLiteral("WASP-126 b"));
    }

    void importGroupsExports()
    {
        // Three attendees found WASP-126 b; one of them also a 7.1 d signal.
        QStringList files;
        const char* authors[] = {"ada", "bob", "cy"};
        for (int i = 0; i < 3; ++i) {
            store::CandidateEntry e;
            e.mission = QStringLiteral("TESS");
            e.targetId = 25155310;
            e.periodDays = kWasp126b * (1 + i * 1e-4);
            e.t0Bjd = 2458327.527 + i * kWasp126b;
            e.durationHours = 3.3;
            e.annotation.disposition = store::Disposition::PlanetCandidate;
            QList<store::CandidateEntry> list{e};
            if (i == 2) {
                e.periodDays = 7.1;
                list << e;
            }
            files << m_dir.filePath(QString::fromLatin1(authors[i]) + QStringLiteral(".json"));
            QFile f(files.back());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(store::toJsonExport(list, {QString::fromLatin1(authors[i]), {}, {}}));
        }
        QTemporaryDir lastExports, reviewerFolder;
        {
            app::AppSettings settings;  // the window's store (QStandardPaths test mode)
            settings.setLastExportDir(lastExports.path());
            settings.sync();
        }
        app::MainWindow w;
        w.openReview(files);
        auto* dialog = w.findChild<app::ReviewDialog*>(QStringLiteral("reviewDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->view()->rowCount(), 2);
        QVERIFY(dialog->view()->item(0, app::ReviewDialog::FoundByCol)->text().contains(QLatin1String("3")));
        QCOMPARE(dialog->table().groups[0].foundBy(), 3);
        const QString out = m_dir.filePath(QStringLiteral("review.csv"));
        QString why;
        QVERIFY2(dialog->exportTo(out, &why), qPrintable(why));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("ada;bob;cy"));

        // "Export Merged Table…" starts in the window's last export folder (it started in the
        // working directory) and, once written, that folder becomes the last export folder.
        QString startDir;
        const QString saveAs = QDir(reviewerFolder.path()).filePath(QStringLiteral("merged.csv"));
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, dialog, [&] {
            if (auto* d = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
                startDir = d->directory().absolutePath();
                auto* name = d->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(saveAs);  // typed, as a user does
                static_cast<QDialog*>(d)->accept();
            }
        });
        answer.start();
        dialog->exportButton()->click();
        answer.stop();
        QCOMPARE(QDir(startDir).canonicalPath(), QDir(lastExports.path()).canonicalPath());
        QFile merged(saveAs);
        QVERIFY(merged.open(QIODevice::ReadOnly));
        QVERIFY(merged.readAll().contains("ada;bob;cy"));
        QCOMPARE(app::AppSettings().lastExportDir(), QDir(reviewerFolder.path()).absolutePath());
    }
};

QTEST_MAIN(TestCandidatesWindow)
#include "test_candidates_window.moc"
