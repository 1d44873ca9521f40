#include "core/net/ApiResponse.h"

namespace LeadBridge {

QByteArray ApiResponse::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace LeadBridge
