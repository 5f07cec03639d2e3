#include "commands/set_settings_command.h"

#include "commands/command_ids.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QStringList>

namespace exo::app {

using exo::pipeline::PrepareSettings;
using exo::pipeline::SearchSettings;

namespace {

/// Texts of the fields that differ; one text if exactly one field changed.
QString pickText(const QStringList& changed, const QString& several)
{
    if (changed.size() == 1)
        return changed.front();
    return several;
}

}  // namespace

// ---- The generic command ------------------------------------------------------------------

template <typename S>
SetSettingsCommand<S>::SetSettingsCommand(Session* session, S before, S after, int mergeKey, QUndoCommand* parent)
    : QUndoCommand(parent),
      m_session(session),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(mergeKey)
{
    setText(describe(m_before, m_after));
}

template <typename S>
void SetSettingsCommand<S>::redo()
{
    SettingsTraits<S>::apply(m_session, m_after);
}

template <typename S>
void SetSettingsCommand<S>::undo()
{
    SettingsTraits<S>::apply(m_session, m_before);
}

template <typename S>
int SetSettingsCommand<S>::id() const
{
    return m_mergeKey >= 0 ? SettingsTraits<S>::commandId() : -1;
}

template <typename S>
bool SetSettingsCommand<S>::mergeWith(const QUndoCommand* other)
{
    const auto* o = dynamic_cast<const SetSettingsCommand<S>*>(other);
    if (!o || o->m_mergeKey != m_mergeKey)
        return false;
    m_after = o->m_after;
    setText(describe(m_before, m_after));
    setObsolete(m_before == m_after);
    return true;
}

template class SetSettingsCommand<PrepareSettings>;
template class SetSettingsCommand<SearchSettings>;

// ---- PrepareSettings ----------------------------------------------------------------------

int SettingsTraits<PrepareSettings>::commandId() { return SetPrepareSettingsCommandId; }

void SettingsTraits<PrepareSettings>::apply(Session* session, const PrepareSettings& s)
{
    session->applyPrepareSettings(s);
}

QString SettingsTraits<PrepareSettings>::describe(const PrepareSettings& a, const PrepareSettings& b)
{
    QStringList changed;
    if (a.flux != b.flux)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change flux source");
    if (a.quality != b.quality)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change quality mask");
    if (a.sigmaClip != b.sigmaClip || a.clipSigma != b.clipSigma)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change outlier clipping");
    if (a.detrend != b.detrend)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change detrending method");
    if (a.windowDays != b.windowDays || a.autoWindow != b.autoWindow)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change detrending window");
    if (a.gapDays != b.gapDays)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change gap threshold");
    if (a.minSegmentPoints != b.minSegmentPoints)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change minimum segment length");
    if (a.maskedRanges != b.maskedRanges)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change masked ranges");
    return pickText(changed, QCoreApplication::translate("SetSettingsCommand", "Change preparation settings"));
}

// ---- SearchSettings -----------------------------------------------------------------------

int SettingsTraits<SearchSettings>::commandId() { return SetSearchSettingsCommandId; }

void SettingsTraits<SearchSettings>::apply(Session* session, const SearchSettings& s)
{
    session->applySearchSettings(s);
}

QString SettingsTraits<SearchSettings>::describe(const SearchSettings& a, const SearchSettings& b)
{
    QStringList changed;
    if (a.minPeriodDays != b.minPeriodDays || a.maxPeriodDays != b.maxPeriodDays)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change period range");
    if (a.oversample != b.oversample)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change period oversampling");
    if (a.durationsHours != b.durationsHours)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change transit durations");
    if (a.maxPlanets != b.maxPlanets)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change number of planets");
    if (a.minSnr != b.minSnr)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change SNR threshold");
    if (a.minSde != b.minSde)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change SDE threshold");
    if (a.objective != b.objective)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change search objective");
    if (a.pipelineErrors != b.pipelineErrors)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change noise model");
    if (a.minTransits != b.minTransits)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change minimum transits");
    if (a.redetrendMasked != b.redetrendMasked)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change re-detrending");
    if (a.threads != b.threads)
        changed << QCoreApplication::translate("SetSettingsCommand", "Change thread count");
    return pickText(changed, QCoreApplication::translate("SetSettingsCommand", "Change search settings"));
}

}  // namespace exo::app
