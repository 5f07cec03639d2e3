#include "gui/demo_launcher.h"

#include <QDir>
#include <QFile>

#include "demo/demo_star.h"

namespace exo::app {

bool generateDemoInto(const QString& dir, const ProgressFn& progress)
{
    if (!QDir().mkpath(dir))
        return false;
    demo::DemoParams p;
    auto r = demo::generateDemoStar(p, dir.toStdString(), progress);
    if (!r.ok())
        return false;
    QFile marker(dir + QStringLiteral("/.complete"));
    return marker.open(QIODevice::WriteOnly);
}

}  // namespace exo::app
