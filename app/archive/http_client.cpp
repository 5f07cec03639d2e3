#include "archive/http_client.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

namespace exo::archive {

struct HttpClient::Pending {
    HttpRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(const HttpResult&)> done;
    int attempt = 0;
    quint64 generation = 0;
};

HttpClient::HttpClient(const ArchiveConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_nam(new QNetworkAccessManager(this))
{
    // Honour the system proxy settings (and http_proxy/https_proxy on Linux).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

HttpClient::~HttpClient() = default;

QNetworkRequest HttpClient::makeRequest(const QUrl& url) const
{
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    r.setMaximumRedirectsAllowed(5);
    return r;
}

void HttpClient::armTimeout(QNetworkReply* reply) const
{
    auto* timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_config.transferTimeoutMs);
    auto restart = [timer](qint64, qint64) { timer->start(); };
    connect(reply, &QNetworkReply::downloadProgress, timer, restart);
    connect(reply, &QNetworkReply::uploadProgress, timer, restart);
    connect(reply, &QNetworkReply::readyRead, timer, [timer] { timer->start(); });
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("exoTimedOut", true);
        reply->abort();
    });
    timer->start();
}

ErrorKind HttpClient::classify(QNetworkReply* reply, bool timedOut)
{
    if (timedOut)
        return ErrorKind::Timeout;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 || status == 410)
        return ErrorKind::NotFound;
    if (status >= 500)
        return ErrorKind::Server;
    switch (reply->error()) {
    case QNetworkReply::NoError: return status >= 400 ? ErrorKind::Server : ErrorKind::None;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownNetworkError: return ErrorKind::Offline;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError: return ErrorKind::Timeout;
    case QNetworkReply::OperationCanceledError: return ErrorKind::Cancelled;
    case QNetworkReply::ContentNotFoundError: return ErrorKind::NotFound;
    default: return ErrorKind::Server;
    }
}

bool HttpClient::retryable(ErrorKind kind)
{
    return kind == ErrorKind::Server || kind == ErrorKind::Timeout || kind == ErrorKind::Offline
           || kind == ErrorKind::Corrupted;
}

int HttpClient::backoffMs(int attempt) const
{
    int d = m_config.backoffMs;
    for (int i = 2; i < attempt; ++i)
        d *= 2;
    return d;
}

void HttpClient::send(const HttpRequest& request, QObject* context, std::function<void(const HttpResult&)> done)
{
    auto p = std::make_shared<Pending>();
    p->request = request;
    p->context = context;
    p->hasContext = context != nullptr;
    p->done = std::move(done);
    p->generation = m_generation;
    attempt(p);
}

void HttpClient::cancelAll()
{
    ++m_generation;
    const auto replies = m_nam->findChildren<QNetworkReply*>();
    for (QNetworkReply* r : replies)
        r->abort();
}

void HttpClient::attempt(std::shared_ptr<Pending> p)
{
    ++p->attempt;
    QNetworkRequest req = makeRequest(p->request.url);
    QNetworkReply* reply = nullptr;
    if (p->request.postBody.isEmpty()) {
        reply = m_nam->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader, p->request.contentType);
        req.setRawHeader("Accept", "text/plain");
        reply = m_nam->post(req, p->request.postBody);
    }
    armTimeout(reply);
    connect(reply, &QNetworkReply::finished, this, [this, p, reply] {
        reply->deleteLater();
        if (p->hasContext && !p->context)
            return;
        HttpResult r;
        r.attempts = p->attempt;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = classify(reply, reply->property("exoTimedOut").toBool());
        if (p->generation != m_generation)
            r.error = ErrorKind::Cancelled;
        if (r.error == ErrorKind::None) {
            r.body = reply->readAll();
        } else {
            r.detail = QStringLiteral("%1: %2").arg(p->request.url.toDisplayString(QUrl::RemoveQuery),
                                                    r.httpStatus > 0 ? QStringLiteral("HTTP %1").arg(r.httpStatus)
                                                                     : reply->errorString());
        }
        if (r.error != ErrorKind::None && retryable(r.error) && p->attempt < m_config.maxAttempts) {
            QTimer::singleShot(backoffMs(p->attempt + 1), this, [this, p] {
                if (p->generation != m_generation) {
                    HttpResult c;
                    c.error = ErrorKind::Cancelled;
                    if (!p->hasContext || p->context)
                        p->done(c);
                    return;
                }
                attempt(p);
            });
            return;
        }
        p->done(r);
    });
}

QString errorText(ErrorKind kind, const QString& detail)
{
    // (a literal context in each call: lupdate skips translate() with a variable one, and
    // "Planètes connues … indisponibles : The archive cannot be reached" mixed two languages)
    QString msg;
    switch (kind) {
    case ErrorKind::None: return {};
    case ErrorKind::Offline:
        msg = QCoreApplication::translate("exo::archive",
                                          "The archive cannot be reached (offline?). Cached stars still open.");
        break;
    case ErrorKind::Timeout:
        msg = QCoreApplication::translate("exo::archive", "The archive did not answer in time.");
        break;
    case ErrorKind::NotFound:
        msg = QCoreApplication::translate("exo::archive", "The archive has no such file (HTTP 404).");
        break;
    case ErrorKind::Server: msg = QCoreApplication::translate("exo::archive", "The archive reported an error."); break;
    case ErrorKind::BadResponse:
        msg = QCoreApplication::translate("exo::archive", "The archive's answer could not be read.");
        break;
    case ErrorKind::Corrupted:
        msg =
            QCoreApplication::translate("exo::archive", "The downloaded file is damaged (size or FITS check failed).");
        break;
    case ErrorKind::NotResolved:
        msg = QCoreApplication::translate("exo::archive", "No object of that name is known to the resolver.");
        break;
    case ErrorKind::NoData:
        msg = QCoreApplication::translate("exo::archive", "The archive has no Kepler, K2 or TESS data for it.");
        break;
    case ErrorKind::Cancelled: msg = QCoreApplication::translate("exo::archive", "Cancelled."); break;
    case ErrorKind::Disk:
        msg = QCoreApplication::translate("exo::archive", "The cache folder could not be written.");
        break;
    }
    if (!detail.isEmpty())
        msg += QStringLiteral(" (") + detail + QLatin1Char(')');
    return msg;
}

}  // namespace exo::archive
