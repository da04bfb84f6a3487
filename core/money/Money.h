#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace innoatlas {

/**
 * An amount of money as an integer number of minor units of an ISO 4217 currency.
 *
 * Money is never a floating-point number. For KRW (no minor unit) `amount` is a number of won;
 * for USD or EUR it is cents, for JPY yen, for KWD fils (1/1000). A figure first stated in another
 * currency keeps its original amount and currency; converting it is not this type's job.
 *
 * Money is an aggregate: `Money{97'300'000'000}` is 97.3 billion won, `Money{31'600'000'000, "USD"}`
 * is US$316 million.
 */
struct Money
{
    qint64 amount = 0;
    QString currency = QStringLiteral("KRW");

    /** True when the currency is the Korean won. */
    bool isKrw() const { return currency == u"KRW"; }

    /** Number of minor-unit digits of this money's currency, or -1 when the currency is unknown. */
    int minorDigits() const { return minorUnitDigits(currency); }

    /** An amount of won. */
    static Money fromWon(qint64 won) { return Money{won, QStringLiteral("KRW")}; }

    /**
     * The ISO 4217 minor-unit digits of an upper-case currency code (KRW 0, JPY 0, USD 2, EUR 2,
     * KWD 3, ...), or -1 for a code this program does not know.
     */
    static int minorUnitDigits(QStringView currencyCode);

    /** True when minorUnitDigits() knows the upper-case code. */
    static bool isKnownCurrency(QStringView currencyCode) { return minorUnitDigits(currencyCode) >= 0; }

    friend bool operator==(const Money &a, const Money &b) { return a.amount == b.amount && a.currency == b.currency; }
    friend bool operator!=(const Money &a, const Money &b) { return !(a == b); }
};

inline int Money::minorUnitDigits(QStringView currencyCode)
{
    struct Entry
    {
        const char16_t *code;
        int digits;
    };
    // The currencies met in Korean policy documents and their neighbours; ISO 4217 exponents.
    static constexpr Entry table[] = {
        {u"KRW", 0}, {u"USD", 2}, {u"EUR", 2}, {u"JPY", 0}, {u"CNY", 2}, {u"GBP", 2}, {u"CHF", 2}, {u"CAD", 2},
        {u"AUD", 2}, {u"NZD", 2}, {u"HKD", 2}, {u"SGD", 2}, {u"TWD", 2}, {u"INR", 2}, {u"VND", 0}, {u"THB", 2},
        {u"MYR", 2}, {u"IDR", 2}, {u"PHP", 2}, {u"MNT", 2}, {u"KZT", 2}, {u"UZS", 2}, {u"SEK", 2}, {u"NOK", 2},
        {u"DKK", 2}, {u"PLN", 2}, {u"CZK", 2}, {u"HUF", 2}, {u"RUB", 2}, {u"TRY", 2}, {u"ILS", 2}, {u"AED", 2},
        {u"SAR", 2}, {u"QAR", 2}, {u"BRL", 2}, {u"MXN", 2}, {u"ZAR", 2}, {u"CLP", 0}, {u"ISK", 0}, {u"KWD", 3},
        {u"BHD", 3}, {u"OMR", 3}, {u"JOD", 3},
    };
    for (const Entry &entry : table) {
        if (currencyCode == QStringView(entry.code)) {
            return entry.digits;
        }
    }
    return -1;
}

} // namespace innoatlas
