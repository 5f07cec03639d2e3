#include "panels/vetting_panel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "panels/panel_style.h"

namespace exo::ui {

namespace {
enum State { Pass = 0, Flagged = 1, Info = 2, Unknown = 3 };

QString num(double v, int prec) { return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("–"); }
}  // namespace

VettingPanel::VettingPanel(QWidget* parent) : QWidget(parent)
{
    auto* lay = new QVBoxLayout(this);
    lay->setContentsMargins(4, 4, 4, 4);
    lay->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("vettingTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_flags = new QLabel(this);
    m_flags->setObjectName(QStringLiteral("vettingFlags"));
    m_flags->setWordWrap(true);
    m_flags->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Check"), tr("Value"), tr("Result")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // One line per check, so a laptop's dock shows the whole list: a long value is elided
    // and shown whole in its tooltip (and when the dock is widened).
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);  // fitColumns()
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    lay->addWidget(m_title);
    lay->addWidget(m_flags);
    lay->addWidget(m_table, 1);
    clear(tr("Select a candidate to vet it."));
}

void VettingPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void VettingPanel::fitColumns()
{
    // In Spanish at 1366x768 the names took 150 of 300 px and every value read "746 ± …".
    const int port = m_table->viewport()->width();
    const int names = std::max(static_cast<const QAbstractItemView*>(m_table)->sizeHintForColumn(0),
                               m_table->horizontalHeader()->sectionSizeHint(0));
    m_table->setColumnWidth(0, std::max(40, std::min(names, port / 3)));
}

void VettingPanel::addRow(const QString& check, const QString& value, const QString& result, int state)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* c = new QTableWidgetItem(check);
    auto* v = new QTableWidgetItem(value);
    c->setToolTip(check + QStringLiteral(": ") + value);
    v->setToolTip(value);
    auto* res = new QTableWidgetItem(result);
    res->setTextAlignment(Qt::AlignCenter);
    QFont f = res->font();
    f.setBold(state == Flagged);
    res->setFont(f);
    if (state == Flagged)
        res->setForeground(errorAccent());
    else if (state == Info)
        res->setForeground(warningAccent());
    else if (state == Unknown)
        res->setForeground(palette().color(QPalette::PlaceholderText));
    m_table->setItem(r, 0, c);
    m_table->setItem(r, 1, v);
    m_table->setItem(r, 2, res);
}

void VettingPanel::clear(const QString& message)
{
    m_table->setRowCount(0);
    m_title->setText(message);
    m_flags->clear();
    m_flags->hide();
}

void VettingPanel::setReport(const vetting::Report& r, const QString& title)
{
    using vetting::Flag;
    m_table->setRowCount(0);
    m_title->setText(title);
    QStringList names;
    for (auto f : r.flags)
        names << QString::fromLatin1(vetting::flagName(f));
    m_flags->setText(names.isEmpty() ? tr("No flag: every test passes.")
                                     : tr("Flags: %1").arg(names.join(QStringLiteral(", "))));
    m_flags->show();
    QPalette pal = m_flags->palette();
    pal.setColor(QPalette::WindowText, names.isEmpty() ? palette().color(QPalette::WindowText) : errorAccent());
    m_flags->setPalette(pal);

    auto result = [&](bool flagged, bool known) { return !known ? tr("n/a") : flagged ? tr("FLAG") : tr("pass"); };
    auto state = [](bool flagged, bool known) { return !known ? Unknown : flagged ? Flagged : Pass; };

    const bool depthKnown = std::isfinite(r.primary.sigma());
    addRow(tr("Depth"),
           tr("%1 ± %2 ppm, SNR %3 over %4 transits")
               .arg(num(r.primary.ppm, 0), num(r.primary.errPpm, 0), num(r.primary.sigma(), 1))
               .arg(r.events.size()),
           result(r.has(Flag::LowSnr), depthKnown), state(r.has(Flag::LowSnr), depthKnown));
    const bool oeKnown = std::isfinite(r.oddEvenSigma);
    addRow(tr("Odd / even"),
           tr("odd %1 ± %2, even %3 ± %4 ppm: %5 σ")
               .arg(num(r.odd.ppm, 0), num(r.odd.errPpm, 0), num(r.even.ppm, 0), num(r.even.errPpm, 0),
                    num(r.oddEvenSigma, 1)),
           result(r.has(Flag::OddEven), oeKnown), state(r.has(Flag::OddEven), oeKnown));
    const bool secKnown = std::isfinite(r.secondary.sigma());
    const bool occ = r.has(Flag::PlanetOccultation);
    addRow(tr("Secondary eclipse"),
           tr("%1 ± %2 ppm at phase 0.5 (%3 σ), albedo %4")
               .arg(num(r.secondary.ppm, 0), num(r.secondary.errPpm, 0), num(r.secondary.sigma(), 1),
                    num(r.secondaryAlbedo, 2)),
           occ ? tr("planet-like") : result(r.has(Flag::Secondary), secKnown),
           occ ? Info : state(r.has(Flag::Secondary), secKnown));
    addRow(tr("Dip elsewhere"),
           tr("strongest %1 ppm (%2 σ) at phase %3")
               .arg(num(r.strongestSecondary.ppm, 0), num(r.strongestSecondary.sigma(), 1),
                    num(r.strongestSecondaryPhase, 3)),
           tr("info"), std::isfinite(r.strongestSecondary.sigma()) ? Info : Unknown);
    addRow(tr("Single event"), tr("strongest transit carries %1 % of the signal").arg(num(100 * r.maxEventFraction, 0)),
           result(r.has(Flag::SingleEventDominated), r.events.size() >= 2),
           state(r.has(Flag::SingleEventDominated), r.events.size() >= 2));
    addRow(tr("Shape"),
           tr("ingress/total %1 (0 box, 0.5 V), V better by Δχ² %2; fitted %3 h")
               .arg(num(r.shape.ingressRatio, 2), num(r.shape.vShapeDeltaChi2, 1), num(r.shape.durationHours, 2)),
           result(r.has(Flag::VShaped), r.shape.valid), state(r.has(Flag::VShaped), r.shape.valid));
    const bool sineKnown = std::isfinite(r.shape.sineDeltaChi2) && std::isfinite(r.shape.boxDeltaChi2);
    addRow(tr("Sine vs box"),
           tr("Δχ² sine %1, box %2").arg(num(r.shape.sineDeltaChi2, 0), num(r.shape.boxDeltaChi2, 0)),
           result(r.has(Flag::Sinusoidal), sineKnown), state(r.has(Flag::Sinusoidal), sineKnown));
    const bool rpKnown = std::isfinite(r.host.planetRadiusEarth);
    addRow(tr("Companion size"),
           tr("%1 Earth radii (star %2 R☉)").arg(num(r.host.planetRadiusEarth, 1), num(r.host.radiusSun, 2)),
           result(r.has(Flag::TooLarge), rpKnown), state(r.has(Flag::TooLarge), rpKnown));
    const bool durKnown = std::isfinite(r.host.durationRatio);
    addRow(tr("Duration vs star"),
           tr("%1 × the %2 h of a central transit")
               .arg(num(r.host.durationRatio, 2), num(r.host.expectedDurationHours, 2)),
           result(r.has(Flag::DurationImplausible), durKnown), state(r.has(Flag::DurationImplausible), durKnown));
    const int w = r.worstPixelIndex();
    if (w >= 0) {
        const auto& p = r.pixels[std::size_t(w)];
        addRow(tr("Centroid"),
               tr("difference image %1″ (%2 px) from the star, %3 σ over %4 transits")
                   .arg(num(p.offsetArcsec, 2), num(p.offsetPx, 2), num(p.offsetSigma, 1))
                   .arg(p.nTransits),
               result(r.has(Flag::CentroidOffset), true), state(r.has(Flag::CentroidOffset), true));
    } else {
        addRow(tr("Centroid"), r.pixels.empty() ? tr("no pixel file") : tr("too few transits in the pixel files"),
               tr("n/a"), Unknown);
    }
    QStringList m;
    for (const auto& e : r.matches)
        m << tr("%1 (%2/%3%4)")
                 .arg(QString::fromStdString(e.label))
                 .arg(e.numerator)
                 .arg(e.denominator)
                 .arg(e.halfPhase ? tr(", half a period apart") : QString());
    addRow(tr("Ephemeris match"), m.isEmpty() ? tr("none") : m.join(QStringLiteral("; ")),
           result(r.has(Flag::EphemerisMatch), true), state(r.has(Flag::EphemerisMatch), true));
    addRow(tr("Noise"),
           tr("white %1 ppm per point, red %2 ppm over the transit (β %3)")
               .arg(num(r.noise.whitePpm, 0), num(r.noise.redPpm, 0), num(r.noise.beta, 2)),
           tr("info"), Info);
    fitColumns();
}

int VettingPanel::rowCount() const { return m_table->rowCount(); }
QString VettingPanel::resultAt(int row) const
{
    return m_table->item(row, 2) ? m_table->item(row, 2)->text() : QString();
}
QString VettingPanel::checkAt(int row) const
{
    return m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}
QString VettingPanel::flagsText() const { return m_flags->text(); }

}  // namespace exo::ui
