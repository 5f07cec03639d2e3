// libFuzzer target: the session loader (JSON guard, Qt's parser, every field
// reader, path resolution). Input: the bytes of a .exoworld file.
#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

#include "session/session_io.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = exo::app::sessionFromBytes(bytes, QStringLiteral("/nonexistent/fuzz/session.exoworld"));
    if (!r.ok() && r.errorMessage.isEmpty())
        std::abort();  // every refusal has a message
    return 0;
}
