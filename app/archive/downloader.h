#pragma once
/// Downloads products into the cache, one after the other: per-file and total
/// progress, cancel, resume of a partial file (HTTP Range on the ".part" file),
/// an integrity check (size when MAST gave one, and core's FITS reader), bounded
/// retries with backoff. Files already in the cache are not fetched again.
/// TESScut answers (a zip) are unpacked to the cut-out FITS file.

#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

#include "archive/archive_types.h"

class QNetworkReply;

namespace exo::archive {

class HttpClient;

struct DownloadItem {
    Product product;
    QString path;         ///< final path in the cache
    qint64 received = 0;  ///< bytes on disk for this file
    qint64 total = 0;     ///< expected bytes (0 while unknown)
    bool finished = false;
    bool fromCache = false;
    int attempts = 0;
    ErrorKind error = ErrorKind::None;
    QString message;  ///< translated error text
};

class Downloader : public QObject {
    Q_OBJECT
public:
    explicit Downloader(HttpClient* http, QObject* parent = nullptr);
    ~Downloader() override;

    /// Start downloading (replaces a finished batch; ignored while running).
    void start(const ProductList& products);
    /// Stop: the current transfer is aborted, its partial file kept for a resume.
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<DownloadItem>& items() const { return m_items; }

    /// Final cache path of a product.
    QString destinationPath(const Product& p) const;
    /// Integrity check: the expected size (when > 0) and core's FITS probe.
    static bool verifyFile(const QString& path, qint64 expectedSize, QString* why);

signals:
    void fileStarted(int index);
    void fileProgress(int index, qint64 received, qint64 total);
    void totalProgress(qint64 received, qint64 total);
    void fileDone(int index, const QString& path, bool fromCache);
    void fileFailed(int index, const QString& message);
    void finished(int succeeded, int failed);

private:
    void next();
    void attempt();
    void onReadyRead();
    void onReplyFinished();
    void afterTransfer();
    void commit(bool ok, const QString& why);
    void retryOrFail(ErrorKind kind, const QString& detail);
    void finishItem(bool ok);
    void emitTotal();
    QString partPath() const;
    bool isCutout() const;

    HttpClient* m_http;
    QList<DownloadItem> m_items;
    int m_current = -1;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<QNetworkReply> m_reply;
    QFile m_file;
    qint64 m_offset = 0;  // bytes already in the part file when the request started
    bool m_checkedStatus = false;
    std::shared_ptr<int> m_token;  // invalidates pending callbacks on cancel/destruction
};

}  // namespace exo::archive
