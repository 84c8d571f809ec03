// SPDX-License-Identifier: MIT
// Answers modal dialogs from inside their exec(), as a person at the keyboard would.
#pragma once

#include <QApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

namespace Copydesk::Testing {

/**
 * Waits (up to five seconds) for a modal dialog of type T to open, then
 * calls answer with it. *seen becomes true once it was found, so a test
 * can tell "answered" from "never opened".
 */
template<typename T>
void answerNextDialog(std::function<void(T *)> answer, bool *seen = nullptr)
{
    auto *timer = new QTimer(qApp);
    auto tries = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, answer, seen] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            // Stop first: answer may open the next dialog and spin an event loop.
            timer->stop();
            timer->deleteLater();
            if (seen)
                *seen = true;
            answer(dialog);
            return;
        }
        if (++*tries >= 250) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

/// Clicks this button of the next message box; its text goes to *text.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    answerNextDialog<QMessageBox>([button, text](QMessageBox *box) {
        if (text)
            *text = box->text();
        box->button(button)->click();
    });
}

} // namespace Copydesk::Testing
