#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QSocketNotifier;
QT_END_NAMESPACE

namespace cdp::sandbox {

// Turns SIGTERM and SIGINT into a Qt signal (self-pipe: the handler only writes one byte), so the
// sandbox can stop its server and close its database before exiting.
class TerminationSignals : public QObject
{
    Q_OBJECT
public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool install();   // false when the pipe or the handlers cannot be set up

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace cdp::sandbox
