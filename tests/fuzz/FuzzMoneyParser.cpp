// libFuzzer target: MoneyParser on arbitrary text (억/조 amounts, "KRW 350 billion", …).

#include "money/MoneyParser.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace innoatlas;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    MoneyParser::parse(text);
    const MoneyParseResult won = MoneyParser::parseWon(text);
    Q_UNUSED(won);
    return 0;
}
