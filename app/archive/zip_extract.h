#pragma once
/// Minimal ZIP reading for TESScut answers (a zip holding one FITS cut-out per
/// sector): stored and deflated entries, no ZIP64, no encryption.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace exo::archive {

/// Names of the entries in @p zip (empty when it is not a readable zip).
QStringList zipEntries(const QByteArray& zip);
/// The uncompressed bytes of entry @p name; false with @p error set on failure.
bool zipExtract(const QByteArray& zip, const QString& name, QByteArray& out, QString& error);

}  // namespace exo::archive
