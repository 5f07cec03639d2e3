#pragma once
/// @file workshop_panel.h
/// The side panel of the workshop tutorial: the step's title and text, where the
/// attendee is ("Step 3 of 15"), whether the step is done, Back / Next, and on the
/// first step the button that creates the workshop folder. Shows what it is told;
/// the WorkshopController decides.

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace exo::app {

class WorkshopPanel : public QWidget {
    Q_OBJECT
public:
    explicit WorkshopPanel(QWidget* parent = nullptr);

    /// Show step `index` of `count`: its title and rich text.
    void showStep(int index, int count, const QString& title, const QString& text);
    /// Done: "Done — click Next"; not done: "Waiting for you…". Enables Next when done.
    void setDone(bool done, bool last);
    /// The create button (first step only) and the folder generation's progress.
    void setCreateVisible(bool visible);
    void setCreating(bool creating);
    void setCreateMessage(const QString& message);

    QPushButton* nextButton() const { return m_next; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* createButton() const { return m_create; }
    QString statusText() const;

signals:
    void nextClicked();
    void backClicked();
    void createClicked();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslate();

    QLabel* m_position = nullptr;
    QLabel* m_title = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
    QProgressBar* m_creating = nullptr;
    QLabel* m_createMessage = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    int m_index = 0, m_count = 0;
    bool m_done = false, m_last = false;
};

}  // namespace exo::app
