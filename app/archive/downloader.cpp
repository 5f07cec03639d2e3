#include "archive/downloader.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include "archive/http_client.h"
#include "archive/zip_extract.h"
#include "io/fits_reader.h"

namespace exo::archive {

namespace {
struct Check {
    bool ok = false;
    QString why;
};
}  // namespace

Downloader::Downloader(HttpClient* http, QObject* parent) : QObject(parent), m_http(http) {}

Downloader::~Downloader()
{
    m_token.reset();
    if (m_reply)
        m_reply->abort();
}

QString Downloader::destinationPath(const Product& p) const
{
    return m_http->config().downloadRoot() + QLatin1Char('/') + p.cacheRelativePath();
}

bool Downloader::verifyFile(const QString& path, qint64 expectedSize, QString* why)
{
    QFileInfo fi(path);
    if (!fi.isFile()) {
        if (why)
            *why = QStringLiteral("missing");
        return false;
    }
    if (expectedSize > 0 && fi.size() != expectedSize) {
        if (why)
            *why = QStringLiteral("size %1, expected %2").arg(fi.size()).arg(expectedSize);
        return false;
    }
    const auto probe = io::probe(path.toStdString());
    if (!probe.ok()) {
        if (why)
            *why = QStringLiteral("not a readable Kepler/K2/TESS FITS file: %1")
                       .arg(QString::fromStdString(probe.status.detail));
        return false;
    }
    return true;
}

bool Downloader::isCutout() const { return m_items[m_current].product.kind == QLatin1String("cutout"); }

QString Downloader::partPath() const
{
    return m_items[m_current].path + (isCutout() ? QStringLiteral(".zip.part") : QStringLiteral(".part"));
}

void Downloader::start(const ProductList& products)
{
    if (m_running)
        return;
    m_items.clear();
    for (const Product& p : products) {
        DownloadItem it;
        it.product = p;
        it.path = destinationPath(p);
        it.total = p.size;
        m_items << it;
    }
    m_current = -1;
    m_cancelled = false;
    m_running = true;
    m_token = std::make_shared<int>(0);
    QTimer::singleShot(0, this, [this, t = std::weak_ptr<int>(m_token)] {
        if (t.lock())
            next();
    });
}

void Downloader::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_token = std::make_shared<int>(0);  // pending timers and checks become stale
    if (m_reply)
        m_reply->abort();
    m_file.close();
    int ok = 0, failed = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        DownloadItem& it = m_items[i];
        if (it.finished) {
            (it.error == ErrorKind::None ? ok : failed)++;
            continue;
        }
        it.finished = true;
        it.error = ErrorKind::Cancelled;
        it.message = errorText(ErrorKind::Cancelled);
        ++failed;
        emit fileFailed(i, it.message);
    }
    m_running = false;
    emit finished(ok, failed);
}

void Downloader::next()
{
    ++m_current;
    if (m_current >= m_items.size()) {
        m_running = false;
        int ok = 0, failed = 0;
        for (const DownloadItem& it : m_items)
            (it.error == ErrorKind::None ? ok : failed)++;
        emit finished(ok, failed);
        return;
    }
    DownloadItem& it = m_items[m_current];
    emit fileStarted(m_current);
    if (!QFileInfo::exists(it.path))
        return attempt();
    // Already cached: verify off the GUI thread, then use it without any request.
    auto* watcher = new QFutureWatcher<Check>(this);
    const QString path = it.path;
    const qint64 size = it.product.size;
    connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher, t = std::weak_ptr<int>(m_token)] {
        watcher->deleteLater();
        if (!t.lock())
            return;
        const Check c = watcher->result();
        DownloadItem& cur = m_items[m_current];
        if (c.ok) {
            cur.fromCache = true;
            cur.received = cur.total = QFileInfo(cur.path).size();
            finishItem(true);
        } else {
            QFile::remove(cur.path);  // a damaged cache file is fetched again
            attempt();
        }
    });
    watcher->setFuture(QtConcurrent::run([path, size] {
        Check c;
        c.ok = verifyFile(path, size, &c.why);
        return c;
    }));
}

void Downloader::attempt()
{
    DownloadItem& it = m_items[m_current];
    ++it.attempts;
    if (!QDir().mkpath(QFileInfo(it.path).absolutePath())) {
        it.error = ErrorKind::Disk;
        it.message = errorText(ErrorKind::Disk, QFileInfo(it.path).absolutePath());
        return finishItem(false);
    }
    const Product& p = it.product;
    QUrl url;
    if (p.kind == QLatin1String("cutout")) {
        url = ArchiveConfig::withQuery(
            ArchiveConfig::join(m_http->config().mastBase, QStringLiteral("/tesscut/api/v0.4/astrocut")),
            {{QStringLiteral("ra"), QString::number(p.ra, 'g', 12)},
             {QStringLiteral("dec"), QString::number(p.dec, 'g', 12)},
             {QStringLiteral("y"), QString::number(p.cutoutSize)},
             {QStringLiteral("x"), QString::number(p.cutoutSize)},
             {QStringLiteral("units"), QStringLiteral("px")},
             {QStringLiteral("sector"), QString::number(p.season)}});
        QFile::remove(partPath());  // a cut-out is made on demand: no resume
    } else {
        url = ArchiveConfig::withQuery(
            ArchiveConfig::join(m_http->config().mastBase, QStringLiteral("/api/v0.1/Download/file")),
            {{QStringLiteral("uri"), p.dataUri}});
    }
    m_file.setFileName(partPath());
    if (!m_file.open(QIODevice::ReadWrite)) {
        it.error = ErrorKind::Disk;
        it.message = errorText(ErrorKind::Disk, partPath());
        return finishItem(false);
    }
    m_offset = m_file.size();
    m_file.seek(m_offset);
    it.received = m_offset;
    QNetworkRequest req = m_http->makeRequest(url);
    if (m_offset > 0)
        req.setRawHeader("Range", "bytes=" + QByteArray::number(m_offset) + '-');
    m_checkedStatus = false;
    m_reply = m_http->manager()->get(req);
    m_http->armTimeout(m_reply);
    connect(m_reply, &QNetworkReply::readyRead, this, &Downloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &Downloader::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 got, qint64 total) {
        DownloadItem& cur = m_items[m_current];
        if (total > 0 && cur.product.size <= 0)
            cur.total = m_offset + total;
        cur.received = m_offset + got;
        emit fileProgress(m_current, cur.received, cur.total);
        emitTotal();
    });
}

void Downloader::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_checkedStatus) {
        m_checkedStatus = true;
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && m_offset > 0) {  // the server ignored our Range: start over
            m_file.resize(0);
            m_file.seek(0);
            m_offset = 0;
        }
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        return;  // error bodies never reach the file
    m_file.write(m_reply->readAll());
}

void Downloader::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_cancelled)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ErrorKind kind = HttpClient::classify(reply, reply->property("exoTimedOut").toBool());
    if (kind == ErrorKind::Cancelled)
        kind = ErrorKind::Server;  // aborted by something other than us
    if (kind == ErrorKind::None && status < 300)
        m_file.write(reply->readAll());
    m_file.close();
    if (status == 416) {  // our partial file is not a prefix the server accepts
        QFile::remove(partPath());
        return retryOrFail(ErrorKind::Corrupted, QStringLiteral("HTTP 416"));
    }
    if (kind != ErrorKind::None) {
        const QString detail = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
        if (kind == ErrorKind::NotFound)
            QFile::remove(partPath());
        return retryOrFail(kind, detail);
    }
    afterTransfer();
}

void Downloader::afterTransfer()
{
    const DownloadItem& it = m_items[m_current];
    const QString part = partPath();
    const QString dest = it.path;
    const bool cutout = isCutout();
    const qint64 size = it.product.size;
    const QString fitsPart = dest + QStringLiteral(".part");
    auto* watcher = new QFutureWatcher<Check>(this);
    connect(watcher, &QFutureWatcher<Check>::finished, this, [this, watcher, t = std::weak_ptr<int>(m_token)] {
        watcher->deleteLater();
        if (!t.lock())
            return;
        const Check c = watcher->result();
        commit(c.ok, c.why);
    });
    watcher->setFuture(QtConcurrent::run([part, fitsPart, cutout, size] {
        Check c;
        QString checked = part;
        if (cutout) {
            QFile z(part);
            if (!z.open(QIODevice::ReadOnly)) {
                c.why = QStringLiteral("cannot read the TESScut answer");
                return c;
            }
            const QByteArray zip = z.readAll();
            z.close();
            QString entry;
            for (const QString& n : zipEntries(zip))
                if (n.endsWith(QLatin1String(".fits")))
                    entry = n;
            QByteArray fits;
            if (entry.isEmpty() || !zipExtract(zip, entry, fits, c.why)) {
                if (c.why.isEmpty())
                    c.why = QStringLiteral("the TESScut answer holds no FITS file");
                QFile::remove(part);
                return c;
            }
            QFile out(fitsPart);
            if (!out.open(QIODevice::WriteOnly) || out.write(fits) != fits.size()) {
                c.why = QStringLiteral("cannot write %1").arg(fitsPart);
                return c;
            }
            out.close();
            QFile::remove(part);
            checked = fitsPart;
        }
        c.ok = verifyFile(checked, cutout ? 0 : size, &c.why);
        if (!c.ok)
            QFile::remove(checked);  // never resume from damaged bytes
        return c;
    }));
}

void Downloader::commit(bool ok, const QString& why)
{
    DownloadItem& it = m_items[m_current];
    if (!ok)
        return retryOrFail(ErrorKind::Corrupted, why);
    const QString from = it.path + QStringLiteral(".part");
    QFile::remove(it.path);
    if (!QFile::rename(from, it.path)) {
        it.error = ErrorKind::Disk;
        it.message = errorText(ErrorKind::Disk, it.path);
        return finishItem(false);
    }
    it.received = it.total = QFileInfo(it.path).size();
    finishItem(true);
}

void Downloader::retryOrFail(ErrorKind kind, const QString& detail)
{
    DownloadItem& it = m_items[m_current];
    if (HttpClient::retryable(kind) && it.attempts < m_http->config().maxAttempts) {
        QTimer::singleShot(m_http->backoffMs(it.attempts + 1), this, [this, t = std::weak_ptr<int>(m_token)] {
            if (t.lock())
                attempt();
        });
        return;
    }
    it.error = kind;
    it.message = errorText(kind, it.product.filename + QStringLiteral(": ") + detail);
    finishItem(false);
}

void Downloader::finishItem(bool ok)
{
    DownloadItem& it = m_items[m_current];
    it.finished = true;
    if (ok) {
        it.error = ErrorKind::None;
        emit fileProgress(m_current, it.received, it.total);
        emitTotal();
        emit fileDone(m_current, it.path, it.fromCache);
    } else {
        emit fileFailed(m_current, it.message);
    }
    QTimer::singleShot(0, this, [this, t = std::weak_ptr<int>(m_token)] {
        if (t.lock())
            next();
    });
}

void Downloader::emitTotal()
{
    qint64 got = 0, total = 0;
    for (const DownloadItem& it : m_items) {
        got += it.received;
        total += it.total > 0 ? it.total : it.received;
    }
    emit totalProgress(got, total);
}

}  // namespace exo::archive
