#include "gui/main_window.h"
#include <QLabel>

namespace exo::app {
MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("ExoWorld Explorer"));
    setCentralWidget(new QLabel(tr("ExoWorld Explorer"), this));
}
}
