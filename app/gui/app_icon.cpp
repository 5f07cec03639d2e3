#include "gui/app_icon.h"

#include <QFile>

// Q_INIT_RESOURCE must be used outside any namespace.
static void exoInitIconResources() { Q_INIT_RESOURCE(exoworld); }

namespace exo::app {

QIcon appIcon()
{
    static const bool registered = (exoInitIconResources(), true);
    Q_UNUSED(registered);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QString path = QStringLiteral(":/icons/exoworld-%1.png").arg(size);
        if (QFile::exists(path))
            icon.addFile(path, QSize(size, size));
    }
    return icon;
}

}  // namespace exo::app
