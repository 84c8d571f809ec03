// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "copydesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRender, "copydesk.render", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStory, "copydesk.story", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "copydesk.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPublish, "copydesk.publish", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWire, "copydesk.wire", QtInfoMsg)
