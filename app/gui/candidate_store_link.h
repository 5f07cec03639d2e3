#pragma once
/// @file candidate_store_link.h
/// Keeps the window's candidates and the candidate store in step: after a
/// search the star's candidates are saved (a re-found signal keeps its record)
/// and the store's flags, dispositions and notes come back into the session;
/// every annotation change (edit, undo, redo) is written to the store. So the
/// user's annotations survive star switching, re-searching and restarting.

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

#include "model/mission.h"
#include "model/candidate.h"
#include "session/session_types.h"
#include "store/candidate_entry.h"

namespace exo::store {
class CandidateStore;
}

namespace exo::app {

class Session;

class CandidateStoreLink : public QObject {
    Q_OBJECT
public:
    /// Opens `storePath` (empty: $EXOWORLD_STORE, else the default store) lazily on first use.
    CandidateStoreLink(Session* session, QString storePath, QObject* parent = nullptr);
    ~CandidateStoreLink() override;

    /// The store, opened on first call; nullptr (and lastError()) when it cannot be opened.
    store::CandidateStore* store();
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }
    void setAuthor(const QString& author) { m_author = author; }

    /// After a search of one star: saves its candidates (files hashed, every
    /// setting) and puts the store's annotations into the session. Returns
    /// false with lastError() when the store is unavailable (the window goes on).
    bool recordSearch(const Metadata& meta, const QStringList& files, const QJsonObject& settings,
                      const std::vector<Candidate>& found);

    /// Records the vetting of the current star's candidate `rank` (its JSON as `search --json`
    /// writes it, and its named flags) in its store record. False when not stored.
    bool recordVetting(int rank, double periodDays, const QJsonObject& vetting, const QStringList& flags);

    /// Entries of the current star's candidates, with their store ids (0 = unsaved).
    QList<store::CandidateEntry> currentEntries() const { return m_current; }

signals:
    /// The store could not be opened or written (message for the status bar).
    void storeError(const QString& message);

private:
    void onCandidatesChanged();

    Session* m_session;
    QString m_path;
    QString m_author;
    QString m_error;
    std::unique_ptr<store::CandidateStore> m_store;
    bool m_tried = false;
    bool m_applying = false;
    QList<store::CandidateEntry> m_current;  ///< the star's saved entries, by session order
};

/// Session record <-> store annotation.
store::Annotation annotationOf(const CandidateRecord& r);
void applyAnnotation(const store::Annotation& a, CandidateRecord& r);

}  // namespace exo::app
