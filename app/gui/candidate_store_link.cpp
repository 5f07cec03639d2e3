#include "gui/candidate_store_link.h"

#include "session/session.h"
#include "store/candidate_store.h"
#include "store/from_pipeline.h"

#include <cmath>

namespace exo::app {

store::Annotation annotationOf(const CandidateRecord& r)
{
    store::Annotation a;
    a.flagged = r.flagged;
    a.disposition = store::dispositionFromKey(r.disposition).value_or(store::Disposition::Unreviewed);
    a.note = r.note;
    return a;
}

void applyAnnotation(const store::Annotation& a, CandidateRecord& r)
{
    r.flagged = a.flagged;
    r.disposition = a.disposition == store::Disposition::Unreviewed ? QString() : store::dispositionKey(a.disposition);
    r.note = a.note;
}

CandidateStoreLink::CandidateStoreLink(Session* session, QString storePath, QObject* parent)
    : QObject(parent), m_session(session), m_path(std::move(storePath))
{
    if (m_path.isEmpty())
        m_path = qEnvironmentVariable("EXOWORLD_STORE");
    if (m_path.isEmpty())
        m_path = store::CandidateStore::defaultPath();
    connect(m_session, &Session::candidatesChanged, this, &CandidateStoreLink::onCandidatesChanged);
}

CandidateStoreLink::~CandidateStoreLink() = default;

store::CandidateStore* CandidateStoreLink::store()
{
    if (m_store && m_store->isOpen())
        return m_store.get();
    if (m_tried)
        return nullptr;
    m_tried = true;
    auto s = std::make_unique<store::CandidateStore>();
    const auto st = s->open(m_path);
    if (!st.ok()) {
        m_error = st.message;
        emit storeError(m_error);
        return nullptr;
    }
    m_store = std::move(s);
    return m_store.get();
}

bool CandidateStoreLink::recordSearch(const Metadata& meta, const QStringList& files, const QJsonObject& settings,
                                      const std::vector<Candidate>& found)
{
    m_current.clear();
    auto* st = store();
    if (!st)
        return false;
    store::SearchProvenance p;
    p.meta = meta;
    p.files = files;
    p.settings = settings;
    p.author = m_author;
    auto entries = store::entriesFromSearch(found, p);
    // New records start with what the session holds (a restored session's flags);
    // records already in the store bring back their annotation.
    QList<CandidateRecord> recs = m_session->candidates();
    for (auto& e : entries)
        for (const auto& r : recs)
            if (r.rank == e.rank && std::abs(r.periodDays - e.periodDays) <= 1e-9 * e.periodDays)
                e.annotation = annotationOf(r);
    if (const auto status = st->upsert(entries, store::AnnotationPolicy::Keep); !status.ok()) {
        m_error = status.message;
        emit storeError(m_error);
        return false;
    }
    m_current = entries;
    bool changed = false;
    for (auto& r : recs)
        for (const auto& e : entries)
            if (r.rank == e.rank && std::abs(r.periodDays - e.periodDays) <= 1e-9 * e.periodDays) {
                const CandidateRecord before = r;
                applyAnnotation(e.annotation, r);
                changed = changed || !(before == r);
            }
    if (changed) {
        m_applying = true;
        m_session->setCandidates(recs);
        m_applying = false;
    }
    return true;
}

bool CandidateStoreLink::recordVetting(int rank, double periodDays, const QJsonObject& vetting,
                                       const QStringList& flags)
{
    if (!m_store)
        return false;
    for (auto& e : m_current) {
        if (e.rank != rank || e.id <= 0 || std::abs(periodDays - e.periodDays) > 1e-9 * e.periodDays)
            continue;
        if (e.vetting == vetting && e.vettingFlags == flags)
            return true;
        store::CandidateEntry updated = e;
        updated.vetting = vetting;
        updated.vettingFlags = flags;
        if (const auto st = m_store->upsert(updated, store::AnnotationPolicy::Keep); !st.ok()) {
            m_error = st.message;
            emit storeError(m_error);
            return false;
        }
        e = updated;
        return true;
    }
    return false;
}

void CandidateStoreLink::onCandidatesChanged()
{
    if (m_applying || m_current.isEmpty() || !m_store)
        return;
    const auto recs = m_session->candidates();
    for (auto& e : m_current) {
        for (const auto& r : recs) {
            if (r.rank != e.rank || std::abs(r.periodDays - e.periodDays) > 1e-9 * e.periodDays)
                continue;
            const store::Annotation a = annotationOf(r);
            if (a == e.annotation || e.id <= 0)
                break;
            if (const auto st = m_store->setAnnotation(e.id, a, m_author); !st.ok()) {
                m_error = st.message;
                emit storeError(m_error);
            } else {
                e.annotation = a;
            }
            break;
        }
    }
}

}  // namespace exo::app
