#pragma once

#include "common/ContentLanguage.h"
#include "model/Figure.h"

#include <optional>

namespace innoatlas {

/**
 * Writes content values the way readers of each language expect: money in 만/억/조 for Korean
 * and "KRW … billion" for English, dates as "2023년 11월 29일" or "29 Nov 2023", periods, KPI
 * values with their unit. These are properties of the content language, not of the interface:
 * the Korean column of the detail view is written the Korean way whatever the interface says.
 */
namespace ContentFormat {

/** The bilingual text in @p language; Both puts Korean and English on two lines. */
QString text(const LocalizedText &text, ContentLanguage language);
/** As text(), but Both joins the two on one line with " · ". */
QString line(const LocalizedText &text, ContentLanguage language);

QString money(qint64 won, Language language);
/** Both puts the Korean and the English form on two lines. */
QString money(qint64 won, ContentLanguage language);
/** Every won: "430,000,000,000원", "KRW 430,000,000,000". */
QString moneyExact(qint64 won, Language language);
QString moneyExact(qint64 won, ContentLanguage language);
/** An amount first stated in another currency: "3억 유로" / "€300 million". */
QString original(const OriginalAmount &amount, Language language);

QString date(const PartialDate &date, Language language);
QString date(const PartialDate &date, ContentLanguage language);
/** "2024–2028", or one year when both ends are the same. */
QString period(int from, int to, Language language);
QString period(const std::optional<int> &from, const std::optional<int> &to, Language language);
/** A year: "2030년" or "2030". */
QString year(int year, Language language);
/** An integer with digit groups: "1,490,158" (and "명" units are not added). */
QString number(qint64 value, Language language);
/** A KPI value with its unit: "40%", "1,000개사" / "1,000 companies", "10위" / "rank 10". */
QString kpi(const QString &decimal, const QString &unit, Language language);
QString kpi(const QString &decimal, const QString &unit, ContentLanguage language);

} // namespace ContentFormat
} // namespace innoatlas
