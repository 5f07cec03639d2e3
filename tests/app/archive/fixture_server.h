#pragma once
// Starts tests/app/archive/fixture_server.py on 127.0.0.1 (a free port) for one
// test executable and stops it again; helpers to inject faults and read its log.
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QUrlQuery>

class FixtureServer {
public:
    bool start()
    {
        QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString dir = QStringLiteral(EXO_SOURCE_DIR "/tests/app/archive");
        m_proc.setProgram(python);
        m_proc.setArguments({dir + QStringLiteral("/fixture_server.py"), QStringLiteral("--data"),
                             QStringLiteral(EXO_REAL_DATA_DIR), QStringLiteral("--catalog"),
                             dir + QStringLiteral("/fixture/catalog.json")});
        m_proc.setProcessChannelMode(QProcess::SeparateChannels);
        m_proc.start();
        if (!m_proc.waitForStarted(5000))
            return false;
        QByteArray line;
        for (int i = 0; i < 100 && !line.contains('\n'); ++i) {
            m_proc.waitForReadyRead(100);
            line += m_proc.readAllStandardOutput();
        }
        if (!line.startsWith("PORT "))
            return false;
        m_port = line.mid(5).trimmed().toInt();
        return m_port > 0;
    }
    void stop()
    {
        if (m_proc.state() != QProcess::NotRunning) {
            m_proc.terminate();
            if (!m_proc.waitForFinished(3000)) {
                m_proc.kill();
                m_proc.waitForFinished(3000);
            }
        }
    }
    ~FixtureServer() { stop(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    QByteArray get(const QString& pathAndQuery)
    {
        QNetworkAccessManager nam;
        QNetworkReply* r = nam.get(QNetworkRequest(QUrl(url() + pathAndQuery)));
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = r->readAll();
        r->deleteLater();
        return body;
    }
    /// kind: drop | corrupt | slow | status | executing
    void fault(const QString& kind, const QString& match, int count = 1, int code = 500, double seconds = 3)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("kind"), kind);
        q.addQueryItem(QStringLiteral("match"), match);
        q.addQueryItem(QStringLiteral("count"), QString::number(count));
        q.addQueryItem(QStringLiteral("code"), QString::number(code));
        q.addQueryItem(QStringLiteral("seconds"), QString::number(seconds));
        get(QStringLiteral("/__fault?") + q.toString(QUrl::FullyEncoded));
    }
    /// Requests seen since the last clear (and clear).
    QJsonArray takeLog() { return QJsonDocument::fromJson(get(QStringLiteral("/__log?clear=1"))).array(); }

private:
    QProcess m_proc;
    int m_port = 0;
};
