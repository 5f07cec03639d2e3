// The workshop tutorial's side panel (see workshop_panel.h).
#include "workshop/workshop_panel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace exo::app {

WorkshopPanel::WorkshopPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workshopPanel"));
    auto* col = new QVBoxLayout(this);
    col->setContentsMargins(8, 8, 8, 8);
    m_position = new QLabel;
    m_position->setObjectName(QStringLiteral("workshopPosition"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("workshopTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_text = new QTextBrowser;
    m_text->setObjectName(QStringLiteral("workshopText"));
    m_text->setOpenExternalLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setMinimumHeight(120);
    m_create = new QPushButton;
    m_create->setObjectName(QStringLiteral("workshopCreateButton"));
    m_creating = new QProgressBar;
    m_creating->setRange(0, 0);
    m_creating->setVisible(false);
    m_createMessage = new QLabel;
    m_createMessage->setWordWrap(true);
    m_createMessage->setVisible(false);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("workshopStatus"));
    m_status->setWordWrap(true);
    m_back = new QPushButton;
    m_back->setObjectName(QStringLiteral("workshopBack"));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("workshopNext"));
    m_next->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    col->addWidget(m_position);
    col->addWidget(m_title);
    col->addWidget(m_text, 1);
    col->addWidget(m_create);
    col->addWidget(m_creating);
    col->addWidget(m_createMessage);
    col->addWidget(m_status);
    col->addLayout(buttons);
    connect(m_next, &QPushButton::clicked, this, &WorkshopPanel::nextClicked);
    connect(m_back, &QPushButton::clicked, this, &WorkshopPanel::backClicked);
    connect(m_create, &QPushButton::clicked, this, &WorkshopPanel::createClicked);
    retranslate();
}

void WorkshopPanel::retranslate()
{
    m_create->setText(tr("Create and open the workshop folder"));
    m_create->setToolTip(tr("Generates 30 stars (Kepler and TESS light curves, a pixel file) and the "
                            "instructor's answer key into a folder you choose, then opens it."));
    m_back->setText(tr("Back"));
    m_next->setText(m_last ? tr("Finish") : tr("Next"));
    m_position->setText(m_count > 0 ? tr("Step %1 of %2").arg(m_index + 1).arg(m_count) : QString());
    m_status->setText(m_done ? (m_last ? tr("All done.") : tr("✓ Done — click Next."))
                             : tr("Waiting for you to do it… (the highlighted control)"));
}

void WorkshopPanel::changeEvent(QEvent* e)
{
    QWidget::changeEvent(e);
    if (e->type() == QEvent::LanguageChange)
        retranslate();
}

void WorkshopPanel::showStep(int index, int count, const QString& title, const QString& text)
{
    m_index = index;
    m_count = count;
    m_title->setText(title);
    m_text->setHtml(text);
    m_back->setEnabled(index > 0);
    retranslate();
}

void WorkshopPanel::setDone(bool done, bool last)
{
    m_done = done;
    m_last = last;
    m_next->setEnabled(done);
    retranslate();
}

void WorkshopPanel::setCreateVisible(bool visible)
{
    m_create->setVisible(visible);
    if (!visible) {
        m_creating->setVisible(false);
        m_createMessage->setVisible(false);
    }
}

void WorkshopPanel::setCreating(bool creating)
{
    m_create->setEnabled(!creating);
    m_creating->setVisible(creating);
}

void WorkshopPanel::setCreateMessage(const QString& message)
{
    m_createMessage->setText(message);
    m_createMessage->setVisible(!message.isEmpty());
}

QString WorkshopPanel::statusText() const { return m_status->text(); }

}  // namespace exo::app
