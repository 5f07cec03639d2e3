#pragma once
/// Small asynchronous HTTP layer over one QNetworkAccessManager: User-Agent,
/// an inactivity timeout, bounded retries with exponential backoff, the system
/// proxy, and error classification. Lives on the thread that created it.

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

#include "archive/archive_config.h"
#include "archive/archive_types.h"

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace exo::archive {

struct HttpRequest {
    QUrl url;
    QByteArray postBody;  ///< POST when not empty
    QByteArray contentType = "application/x-www-form-urlencoded";
};

struct HttpResult {
    ErrorKind error = ErrorKind::None;
    int httpStatus = 0;
    QByteArray body;
    QString detail;  ///< what went wrong, untranslated (URL, status, Qt's message)
    int attempts = 0;
    bool ok() const { return error == ErrorKind::None; }
};

class HttpClient : public QObject {
    Q_OBJECT
public:
    explicit HttpClient(const ArchiveConfig& config, QObject* parent = nullptr);
    ~HttpClient() override;

    const ArchiveConfig& config() const { return m_config; }
    QNetworkAccessManager* manager() const { return m_nam; }

    /// Send; @p done runs once on this object's thread (not if @p context died).
    void send(const HttpRequest& request, QObject* context, std::function<void(const HttpResult&)> done);
    /// Abort every request in flight; their callbacks get ErrorKind::Cancelled.
    void cancelAll();

    /// A request with our User-Agent and redirect policy.
    QNetworkRequest makeRequest(const QUrl& url) const;
    /// Error kind of a finished reply (HTTP status included); @p timedOut when our timer aborted it.
    static ErrorKind classify(QNetworkReply* reply, bool timedOut);
    /// Whether a failure of this kind is worth another attempt.
    static bool retryable(ErrorKind kind);
    /// Delay before attempt @p attempt (2, 3, ...).
    int backoffMs(int attempt) const;
    /// Watch @p reply: abort it after transferTimeoutMs without a byte; sets the
    /// "exoTimedOut" property on it when that happens.
    void armTimeout(QNetworkReply* reply) const;

private:
    struct Pending;
    void attempt(std::shared_ptr<Pending> p);

    ArchiveConfig m_config;
    QNetworkAccessManager* m_nam = nullptr;
    quint64 m_generation = 0;
};

/// A translated one-line message for an error kind (with @p detail appended).
QString errorText(ErrorKind kind, const QString& detail = {});

}  // namespace exo::archive
