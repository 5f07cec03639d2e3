// PipelinePanel: the "Transit search" group, its validation and the duration list parser.
#include "panels/pipeline_panel.h"
#include "common/decimal_spin_box.h"
#include "panels/panel_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

#include <cmath>

namespace exo::ui {

namespace {
QDoubleSpinBox* periodSpin(const QString& name)
{
    auto* spin = new DecimalSpinBox;
    spin->setObjectName(name);
    spin->setRange(exo::pipeline::limits::periodDays.min, exo::pipeline::limits::periodDays.max);
    spin->setDecimals(2);
    spin->setSingleStep(0.5);
    spin->setSpecialValueText(PipelinePanel::tr("Auto"));
    spin->setSuffix(PipelinePanel::tr(" d"));
    spin->setKeyboardTracking(false);
    return spin;
}
}  // namespace

bool parseDurationsHours(const QString& text, std::vector<double>& hours, bool decimalComma)
{
    hours.clear();
    const QString t = text.trimmed();
    if (t.isEmpty() || t.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return true;
    // Semicolons, spaces and a comma followed by a space always separate values.
    static const QRegularExpression separators(QStringLiteral("(;|\\s|,\\s)+"));
    QStringList parts;
    for (const QString& token : t.split(separators, Qt::SkipEmptyParts)) {
        // "1,5" is one value with a decimal comma only in such a language, and only if it is
        // one comma between digits ("1,2,4" and "2.5,4" are lists in every language).
        static const QRegularExpression oneDecimalComma(QStringLiteral("^\\d+,\\d+$"));
        if (decimalComma && oneDecimalComma.match(token).hasMatch())
            parts << QString(token).replace(QLatin1Char(','), QLatin1Char('.'));
        else
            parts << token.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    for (const QString& p : parts) {
        bool ok = false;
        const double h = p.toDouble(&ok);  // C locale: '.' is the decimal mark
        if (!ok || !std::isfinite(h) || h <= 0.0 || h > 72.0)
            return false;
        hours.push_back(h);
    }
    return !hours.empty();
}

QString formatDurationsHours(const std::vector<double>& hours, bool decimalComma)
{
    if (hours.empty())
        return QStringLiteral("auto");
    QStringList parts;
    for (double h : hours) {
        QString v = QString::number(h, 'g', 6);
        if (decimalComma)
            v.replace(QLatin1Char('.'), QLatin1Char(','));
        parts << v;
    }
    return parts.join(decimalComma ? QStringLiteral("; ") : QStringLiteral(", "));
}

void PipelinePanel::setDecimalComma(bool on)
{
    if (m_decimalComma == on)
        return;
    m_decimalComma = on;
    m_durations->setText(formatDurationsHours(m_search.durationsHours, on));
}

QWidget* PipelinePanel::buildSearchGroup()
{
    auto* box = new QGroupBox(tr("Transit search"));
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(kFormRowSpacing);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // label above its field when narrow

    m_minPeriod = periodSpin(QStringLiteral("minPeriodSpin"));
    m_maxPeriod = periodSpin(QStringLiteral("maxPeriodSpin"));
    form->addRow(tr("Min period:"), m_minPeriod);
    form->addRow(tr("Max period:"), m_maxPeriod);

    m_oversample = new DecimalSpinBox;
    m_oversample->setObjectName(QStringLiteral("oversampleSpin"));
    m_oversample->setRange(exo::pipeline::limits::oversample.min, exo::pipeline::limits::oversample.max);
    m_oversample->setSingleStep(1.0);
    m_oversample->setDecimals(1);
    m_oversample->setSuffix(tr(" ×"));
    m_oversample->setKeyboardTracking(false);
    form->addRow(tr("Oversampling:"), m_oversample);

    m_durations = new QLineEdit;
    m_durations->setObjectName(QStringLiteral("durationsEdit"));
    m_durations->setPlaceholderText(tr("auto, or e.g. 1, 2, 4"));
    form->addRow(tr("Durations (h):"), m_durations);

    m_maxPlanets = new QSpinBox;
    m_maxPlanets->setObjectName(QStringLiteral("maxPlanetsSpin"));
    m_maxPlanets->setRange(int(exo::pipeline::limits::maxPlanets.min), int(exo::pipeline::limits::maxPlanets.max));
    m_maxPlanets->setKeyboardTracking(false);
    form->addRow(tr("Max planets:"), m_maxPlanets);

    m_minSnr = new DecimalSpinBox;
    m_minSnr->setObjectName(QStringLiteral("minSnrSpin"));
    m_minSnr->setRange(exo::pipeline::limits::minSnr.min, exo::pipeline::limits::minSnr.max);
    m_minSnr->setSingleStep(0.5);
    m_minSnr->setDecimals(1);
    m_minSnr->setKeyboardTracking(false);
    form->addRow(tr("Min SNR:"), m_minSnr);

    m_minSde = new DecimalSpinBox;
    m_minSde->setObjectName(QStringLiteral("minSdeSpin"));
    m_minSde->setRange(exo::pipeline::limits::minSde.min, exo::pipeline::limits::minSde.max);
    m_minSde->setSingleStep(0.5);
    m_minSde->setDecimals(1);
    m_minSde->setKeyboardTracking(false);
    form->addRow(tr("Min SDE:"), m_minSde);

    // The CLI's --redetrend masked|off: a row of its own (the text is long in French).
    m_redetrend = new QCheckBox(tr("Refit trend without transits"));
    m_redetrend->setObjectName(QStringLiteral("redetrendCheck"));
    form->addRow(m_redetrend);

    // The noise model and the minimum number of transits, folded away until asked for (or
    // set): two more rows would make the panel scroll at 1280x720.
    m_searchForm = form;
    m_searchMoreToggle = new QToolButton;
    m_searchMoreToggle->setObjectName(QStringLiteral("searchMoreToggle"));
    m_searchMoreToggle->setCheckable(true);
    m_searchMoreToggle->setAutoRaise(true);
    m_searchMoreToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_searchMoreToggle->setArrowType(Qt::RightArrow);
    m_searchMoreToggle->setText(tr("Noise, minimum transits"));
    form->addRow(m_searchMoreToggle);

    // The CLI's --min-transits N: events with data a repeating signal needs.
    m_minTransits = new QSpinBox;
    m_minTransits->setObjectName(QStringLiteral("minTransitsSpin"));
    m_minTransits->setRange(int(exo::pipeline::limits::minTransits.min), int(exo::pipeline::limits::minTransits.max));
    m_minTransits->setKeyboardTracking(false);
    form->addRow(tr("Min transits:"), m_minTransits);

    // The CLI's --noise local|pipeline (the item data is SearchSettings::pipelineErrors).
    m_noise = new QComboBox;
    m_noise->setObjectName(QStringLiteral("noiseCombo"));
    m_noise->addItem(tr("Local scatter (default)"), false);
    m_noise->addItem(tr("Pipeline errors"), true);
    form->addRow(tr("Noise:"), m_noise);
    setSearchMoreRowsVisible(false);

    auto* runRow = new QHBoxLayout;
    m_autoSearch = new QCheckBox(tr("Search automatically"));
    m_autoSearch->setObjectName(QStringLiteral("autoSearchCheck"));
    m_run = new QPushButton(tr("Run search"));
    m_run->setObjectName(QStringLiteral("runSearchButton"));
    m_run->setDefault(false);
    // Check box and button on rows of their own: side by side they made the panel too wide
    // for a laptop in French or Spanish.
    runRow->addWidget(m_run, 1);
    form->addRow(m_autoSearch);
    form->addRow(runRow);

    m_minPeriod->setToolTip(tr("<p>Shortest orbital period to try, in days. <b>Auto</b> starts at half a day.</p>"
                               "<p>Raise it to skip very short periods that only pick up noise.</p>"));
    m_maxPeriod->setToolTip(tr("<p>Longest orbital period to try, in days. <b>Auto</b> uses half the time span of the "
                               "data, so that every candidate shows at least two transits.</p>"
                               "<p>Lower it to make the search faster.</p>"));
    m_oversample->setToolTip(
        tr("<p>How finely the trial periods are spaced. Higher values are less likely to step over "
           "a planet between two trial periods, but the search takes proportionally longer.</p>"
           "<p>3 is a good balance; use 5–10 for a final check of a promising star.</p>"));
    m_durations->setToolTip(tr("<p>Transit durations to try, in hours. <b>auto</b> picks a range suited to the period "
                               "grid. Or type a list separated by commas, with a point for decimals, e.g. "
                               "<tt>1, 2.5, 4, 8</tt>.</p><p>Real transits last from about 1 hour (close-in planet, "
                               "small star) to more than 10 hours (distant planet).</p>"));
    m_maxPlanets->setToolTip(
        tr("<p>How many signals to look for, one after the other. After each detection its transits "
           "are hidden and the search runs again, to find further planets of the same star.</p>"));
    m_minSnr->setToolTip(tr("<p>Signal-to-noise ratio a signal needs to be listed: the transit depth divided by its "
                            "uncertainty.</p><p>7 is the usual threshold. Lower values list more candidates, but many "
                            "of them are noise.</p>"));
    m_minSde->setToolTip(tr("<p>Signal detection efficiency: how far the best peak of the periodogram stands out "
                            "from all the other trial periods.</p><p>9 is a common threshold; peaks below about 7 "
                            "are often chance.</p>"));
    m_minTransits->setToolTip(
        tr("<p>How many transits a repeating dip needs before it is listed as a candidate. Only transits that "
           "fall where the light curve has data count.</p><p>3 is the usual rule, because two dips can line up "
           "by chance. Lower it to 2 to catch a planet on a long orbit that passed in front of its star only "
           "twice; raise it to keep only signals seen many times. Signals with fewer transits are not "
           "listed.</p>"));
    m_noise->setToolTip(
        tr("<p>How the search decides how noisy each measurement is. This sets the signal-to-noise ratio "
           "(SNR) of every dip, and so which ones pass <b>Min SNR</b>.</p>"
           "<p><b>Local scatter</b> (recommended): measured on the light curve itself, over about a day "
           "around each point, so a restless stretch of data counts for less.</p>"
           "<p><b>Pipeline errors</b>: the uncertainties that the mission's pipeline wrote in the file. They "
           "can miss what really disturbs this star; use them to compare with other tools (the command "
           "line's <tt>--noise pipeline</tt>). Without them in the file, the local scatter is used.</p>"));
    m_redetrend->setToolTip(
        tr("<p>After each signal is found, fit the slow brightness trend again with that signal's transits "
           "left out, then look for the next one. Otherwise the trend partly follows the dips, which makes "
           "them look shallower and can hide a smaller planet.</p><p>On by default; the search can take a "
           "little longer. Turn it off to compare with the first trend alone (the command line's "
           "<tt>--redetrend off</tt>).</p>"));
    m_searchMoreToggle->setToolTip(tr("<p>Two more choices of the search: how the noise of the measurements is "
                                      "estimated, and how many transits a candidate needs.</p>"));
    m_autoSearch->setToolTip(tr("<p>Run the transit search again after every change of the settings.</p><p>Turn it off "
                                "for long light curves, where one search takes a while, and press <b>Run search</b> "
                                "when you are ready.</p>"));
    m_run->setToolTip(tr("<p>Search the prepared light curve for dips that repeat with a fixed period, using the "
                         "settings above.</p>"));
    return box;
}

void PipelinePanel::connectSearch()
{
    connect(m_minPeriod, &QDoubleSpinBox::valueChanged, this, [this] { onPeriodChanged(MinPeriodKey); });
    connect(m_maxPeriod, &QDoubleSpinBox::valueChanged, this, [this] { onPeriodChanged(MaxPeriodKey); });
    connect(m_oversample, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_search.oversample = v;
        emitSearchIfValid(OversampleKey);
    });
    connect(m_durations, &QLineEdit::textEdited, this, [this] {
        std::vector<double> hours;
        setFieldInvalid(m_durations, !validateDurations(&hours),
                        tr("Type \"auto\" or durations in hours separated by commas, e.g. 1, 2.5, 4."));
    });
    connect(m_durations, &QLineEdit::editingFinished, this, &PipelinePanel::onDurationsEdited);
    connect(m_maxPlanets, &QSpinBox::valueChanged, this, [this](int v) {
        m_search.maxPlanets = v;
        emitSearchIfValid(MaxPlanetsKey);
    });
    connect(m_minSnr, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_search.minSnr = v;
        emitSearchIfValid(MinSnrKey);
    });
    connect(m_minSde, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_search.minSde = v;
        emitSearchIfValid(MinSdeKey);
    });
    connect(m_searchMoreToggle, &QToolButton::toggled, this, &PipelinePanel::setSearchMoreRowsVisible);
    connect(m_minTransits, &QSpinBox::valueChanged, this, [this](int v) {
        m_search.minTransits = v;
        emitSearchIfValid(MinTransitsKey);
    });
    connect(m_noise, &QComboBox::activated, this, [this](int) {
        m_search.pipelineErrors = m_noise->currentData().toBool();
        emitSearchIfValid(NoMerge);  // a discrete choice: its own undo step
    });
    connect(m_redetrend, &QCheckBox::toggled, this, [this](bool on) {
        m_search.redetrendMasked = on;
        emitSearchIfValid(NoMerge);  // a discrete choice: its own undo step
    });
    connect(m_autoSearch, &QCheckBox::toggled, this, &PipelinePanel::autoSearchChanged);
    connect(m_run, &QPushButton::clicked, this, &PipelinePanel::runSearchRequested);
}

bool PipelinePanel::validatePeriods()
{
    const double lo = m_minPeriod->value();
    const double hi = m_maxPeriod->value();
    const bool bad = lo > 0.0 && hi > 0.0 && lo > hi;
    const QString reason = tr("The minimum period (%1 d) is longer than the maximum period (%2 d).").arg(lo).arg(hi);
    setFieldInvalid(m_minPeriod, bad, reason);
    setFieldInvalid(m_maxPeriod, bad, reason);
    return !bad;
}

bool PipelinePanel::validateDurations(std::vector<double>* out) const
{
    std::vector<double> hours;
    const bool ok = parseDurationsHours(m_durations->text(), hours, m_decimalComma);
    if (ok && out)
        *out = std::move(hours);
    return ok;
}

bool PipelinePanel::hasInvalidSearchInput() const
{
    return m_minPeriod->property("invalid").toBool() || m_durations->property("invalid").toBool();
}

void PipelinePanel::onPeriodChanged(int key)
{
    if (!validatePeriods())
        return;  // the fields show why; the last valid settings stay in force
    m_search.minPeriodDays = m_minPeriod->value();
    m_search.maxPeriodDays = m_maxPeriod->value();
    emitSearchIfValid(key);
}

void PipelinePanel::onDurationsEdited()
{
    std::vector<double> hours;
    const bool ok = validateDurations(&hours);
    setFieldInvalid(m_durations, !ok, tr("Type \"auto\" or durations in hours separated by commas, e.g. 1, 2.5, 4."));
    if (!ok || hours == m_search.durationsHours)
        return;
    m_search.durationsHours = hours;
    emitSearchIfValid(DurationsKey);
}

void PipelinePanel::emitSearchIfValid(int key)
{
    if (hasInvalidSearchInput())
        return;
    emit searchSettingsEdited(m_search, key);
}

void PipelinePanel::setSearchSettings(const exo::pipeline::SearchSettings& s)
{
    m_search = s;
    const QSignalBlocker b1(m_minPeriod), b2(m_maxPeriod), b3(m_oversample), b4(m_durations), b5(m_maxPlanets),
        b6(m_minSnr), b7(m_minSde), b8(m_redetrend), b9(m_minTransits), b10(m_noise);
    m_minPeriod->setValue(s.minPeriodDays);
    m_maxPeriod->setValue(s.maxPeriodDays);
    m_oversample->setValue(s.oversample);
    m_durations->setText(formatDurationsHours(s.durationsHours, m_decimalComma));
    m_maxPlanets->setValue(s.maxPlanets);
    m_minSnr->setValue(s.minSnr);
    m_minSde->setValue(s.minSde);
    m_minTransits->setValue(s.minTransits);
    m_noise->setCurrentIndex(m_noise->findData(s.pipelineErrors));
    m_redetrend->setChecked(s.redetrendMasked);
    const exo::pipeline::SearchSettings d;
    if (s.pipelineErrors != d.pipelineErrors || s.minTransits != d.minTransits)
        setSearchMoreRowsVisible(true);  // a session's choice is never hidden
    validatePeriods();
    setFieldInvalid(m_durations, false);
}

void PipelinePanel::setSearchMoreRowsVisible(bool visible)
{
    {
        const QSignalBlocker block(m_searchMoreToggle);
        m_searchMoreToggle->setChecked(visible);
    }
    m_searchMoreToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    for (QWidget* w : {static_cast<QWidget*>(m_minTransits), static_cast<QWidget*>(m_noise)}) {
        // (not QFormLayout::setRowVisible: see setWorkshopRowsVisible)
        w->setVisible(visible);
        if (QWidget* label = m_searchForm->labelForField(w))
            label->setVisible(visible);
    }
}

bool PipelinePanel::searchMoreRowsVisible() const { return m_searchMoreToggle->isChecked(); }

bool PipelinePanel::autoSearch() const { return m_autoSearch->isChecked(); }

void PipelinePanel::setAutoSearch(bool on)
{
    const QSignalBlocker block(m_autoSearch);
    m_autoSearch->setChecked(on);
}

void PipelinePanel::setSearchEnabled(bool enabled) { m_run->setEnabled(enabled); }

}  // namespace exo::ui
