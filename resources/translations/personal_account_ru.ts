<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BillsPage</name>
    <message>
        <location filename="../../ui/bills/page.py" line="66"/>
        <source>Bills and payments</source>
        <translation>Счета и платежи</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="69"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="70"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="74"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="77"/>
        <source>Amount to pay, rubles</source>
        <translation>Сумма к оплате, рублей</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="78"/>
        <source>A&amp;mount, ₽:</source>
        <translation>Су&amp;мма, ₽:</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="80"/>
        <source>&amp;Pay by card</source>
        <translation>О&amp;платить картой</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="81"/>
        <source>Pay by card</source>
        <translation>Оплатить картой</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="84"/>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="88"/>
        <source>Link to the bank&apos;s payment page</source>
        <translation>Ссылка на страницу оплаты банка</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="89"/>
        <source>&amp;Copy the link</source>
        <translation>Скопировать сс&amp;ылку</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="90"/>
        <source>Copy the link to the bank&apos;s page</source>
        <translation>Скопировать ссылку на страницу банка</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="104"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="105"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="106"/>
        <source>Penalties</source>
        <translation>Пени</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="107"/>
        <location filename="../../ui/bills/page.py" line="257"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="109"/>
        <source>Pay by</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="110"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="114"/>
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="118"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="119"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="120"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="121"/>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="122"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="123"/>
        <source>Tariff, ₽/kWh</source>
        <translation>Тариф, ₽/кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="124"/>
        <location filename="../../ui/bills/page.py" line="130"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="128"/>
        <source>Lines of the bill</source>
        <translation>Строки счёта</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="130"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="130"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="130"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="133"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="136"/>
        <source>&amp;Receipt…</source>
        <translation>&amp;Квитанция…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="137"/>
        <source>Receipt for the selected month</source>
        <translation>Квитанция за выбранный месяц</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="139"/>
        <source>Receipts for the &amp;year…</source>
        <translation>Квитанции за &amp;год…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="140"/>
        <source>Receipts for every month of the selected year</source>
        <translation>Квитанции за все месяцы выбранного года</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="142"/>
        <source>Receipts for all acc&amp;ounts…</source>
        <translation>Квитанции по всем с&amp;чётам…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="143"/>
        <source>The latest receipt of every account</source>
        <translation>Последняя квитанция по каждому счёту</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="145"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Выгру&amp;зить в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="146"/>
        <source>Export readings, bills and payments to Excel</source>
        <translation>Выгрузить показания, счета и платежи в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="148"/>
        <source>All my accoun&amp;ts</source>
        <translation>По вс&amp;ем счетам</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="149"/>
        <source>Export all my accounts</source>
        <translation>Выгрузить все мои счета</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="154"/>
        <location filename="../../ui/bills/page.py" line="448"/>
        <source>Receipts</source>
        <translation>Квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="167"/>
        <source>&lt;h2&gt;Bills and payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Счета и платежи&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="182"/>
        <source>&amp;Bills:</source>
        <translation>&amp;Счета:</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="183"/>
        <source>L&amp;ines of the selected bill:</source>
        <translation>С&amp;троки выбранного счёта:</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="184"/>
        <source>Paym&amp;ents:</source>
        <translation>Пл&amp;атежи:</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="218"/>
        <location filename="../../ui/bills/page.py" line="258"/>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="220"/>
        <source>Paid in advance: %1</source>
        <translation>Переплата: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="222"/>
        <source>Nothing to pay</source>
        <translation>Задолженности нет</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="273"/>
        <source>(up to %1 kWh)</source>
        <translation>(до %1 кВт·ч)</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="275"/>
        <source>(above %1 kWh)</source>
        <translation>(свыше %1 кВт·ч)</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="277"/>
        <source>(%1 to %2 kWh)</source>
        <translation>(от %1 до %2 кВт·ч)</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="292"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="292"/>
        <source>Bank or post office</source>
        <translation>Банк или почта</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="318"/>
        <source>There are no bills yet.</source>
        <translation>Счетов пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="336"/>
        <source>Making the receipts…</source>
        <translation>Готовлю квитанции…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="341"/>
        <source>Receipt %1 of %2</source>
        <translation>Квитанция %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="375"/>
        <source>There are no bills for that yet.</source>
        <translation>Счетов за это время пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="377"/>
        <source>Receipts ready: %1 pages.</source>
        <translation>Квитанции готовы, страниц: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="384"/>
        <source>Stopped; no receipts were made.</source>
        <translation>Остановлено; квитанции не сделаны.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="387"/>
        <source>The receipts could not be made: %1</source>
        <translation>Не удалось сделать квитанции: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="394"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="394"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="412"/>
        <source>Writing the Excel file…</source>
        <translation>Записываю файл Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="419"/>
        <source>Saved to %1: %2 rows.</source>
        <translation>Сохранено: %1, строк: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="427"/>
        <source>Stopped; no file was written.</source>
        <translation>Остановлено; файл не записан.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="430"/>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="453"/>
        <source>Print receipts</source>
        <translation>Печать квитанций</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="462"/>
        <source>Printing…</source>
        <translation>Печатаю…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="466"/>
        <source>Sent to the printer: %1 pages.</source>
        <translation>Отправлено на печать страниц: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="471"/>
        <source>Printing failed: %1</source>
        <translation>Не удалось напечатать: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="485"/>
        <source>Type the amount in rubles, for example 1250,50.</source>
        <translation>Введите сумму в рублях, например 1250,50.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="489"/>
        <source>Preparing the payment…</source>
        <translation>Готовим оплату…</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="98"/>
        <source>No answer from the bank yet. The payment&apos;s status will update later.</source>
        <translation>Банк пока не ответил. Состояние оплаты обновится позже.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="108"/>
        <source>Due on the bill</source>
        <translation>К оплате по счёту</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="501"/>
        <source>The bank&apos;s page should have opened in your browser. Pay there; this page shows when it is done. If no page opened, copy the link below into a browser.</source>
        <translation>В браузере должна была открыться страница банка. Оплатите там — здесь будет видно, когда оплата пройдёт. Если страница не открылась, скопируйте ссылку ниже в браузер.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="508"/>
        <source>No browser opened on this computer. Copy the link below and open it in a browser to pay; this page shows when it is done.</source>
        <translation>На этом компьютере не открылся браузер. Скопируйте ссылку ниже и откройте её в браузере, чтобы оплатить; здесь будет видно, когда оплата пройдёт.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="522"/>
        <source>The link is copied. Paste it into a browser&apos;s address line (Ctrl+V) and press Enter.</source>
        <translation>Ссылка скопирована. Вставьте её в адресную строку браузера (Ctrl+V) и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="533"/>
        <source>Paid: %1. Thank you!</source>
        <translation>Оплачено: %1. Спасибо!</translation>
    </message>
    <message>
        <location filename="../../ui/bills/page.py" line="535"/>
        <source>The bank declined the payment. Nothing was charged.</source>
        <translation>Банк отклонил оплату. Деньги не списаны.</translation>
    </message>
</context>
<context>
    <name>CalculatorPage</name>
    <message>
        <location filename="../../ui/calculator.py" line="45"/>
        <source>Tariff calculator</source>
        <translation>Тарифный калькулятор</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="48"/>
        <source>Tariff group</source>
        <translation>Тарифная группа</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="49"/>
        <source>Tariff &amp;group:</source>
        <translation>Тарифная &amp;группа:</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="52"/>
        <source>Zones of the meter</source>
        <translation>Зоны счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="55"/>
        <source>one zone</source>
        <translation>однотарифный</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="55"/>
        <source>two zones (day, night)</source>
        <translation>двухтарифный (день, ночь)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="55"/>
        <source>three zones</source>
        <translation>трёхтарифный</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="58"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Счётчик:</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="62"/>
        <source>Fill in a month of my history</source>
        <translation>Подставить месяц из моей истории</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="63"/>
        <source>Fill in a month of my &amp;history:</source>
        <translation>Подставить месяц из &amp;истории:</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="67"/>
        <source>&amp;Calculate</source>
        <translation>&amp;Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="68"/>
        <source>Calculate</source>
        <translation>Рассчитать</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="72"/>
        <source>The arithmetic</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="74"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="74"/>
        <source>Band</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="74"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="74"/>
        <source>Tariff, ₽/kWh</source>
        <translation>Тариф, ₽/кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="74"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="79"/>
        <source>Cost by zone and band</source>
        <translation>Стоимость по зонам и диапазонам</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="87"/>
        <source>Your year compared</source>
        <translation>Сравнение вашего года</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="97"/>
        <source>&lt;h2&gt;Tariff calculator&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Тарифный калькулятор&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="106"/>
        <source>&lt;h3&gt;Your last year with another meter&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ваш прошлый год с другим счётчиком&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="123"/>
        <source>City flats with gas stoves</source>
        <translation>Городские квартиры с газовыми плитами</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="124"/>
        <source>City flats with electric stoves</source>
        <translation>Городские квартиры с электроплитами</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="125"/>
        <source>Villages</source>
        <translation>Сельская местность</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="136"/>
        <source>(type the kWh yourself)</source>
        <translation>(введите кВт·ч сами)</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="163"/>
        <source>Consumption</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="164"/>
        <source>%1, kWh a month</source>
        <translation>%1, кВт·ч в месяц</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="166"/>
        <source>%1, kWh:</source>
        <translation>%1, кВт·ч:</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="181"/>
        <source>Please type the kWh in digits, for example 150 or 150,5.</source>
        <translation>Введите кВт·ч цифрами, например 150 или 150,5.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="189"/>
        <source>There is no tariff for that meter in this group.</source>
        <translation>Для такого счётчика в этой группе тарифа нет.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="198"/>
        <source>Total: %1 a month.</source>
        <translation>Итого: %1 в месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="217"/>
        <source>all</source>
        <translation>весь расход</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="219"/>
        <source>over %1 kWh</source>
        <translation>свыше %1 кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="220"/>
        <source>%1 to %2 kWh</source>
        <translation>от %1 до %2 кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="224"/>
        <source>There is no consumption history to compare yet.</source>
        <translation>Истории потребления для сравнения пока нет.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="226"/>
        <source>single-rate</source>
        <translation>однотарифным</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="226"/>
        <source>two-zone</source>
        <translation>двухтарифным</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="226"/>
        <source>three-zone</source>
        <translation>трёхтарифным</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="228"/>
        <source>Your last %1 months with your %2 meter cost %3.</source>
        <translation>Последние %1 мес. с вашим %2 счётчиком стоили %3.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="238"/>
        <source>With a %1 meter you would have paid %2 less.</source>
        <translation>С %1 счётчиком вы заплатили бы на %2 меньше.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="240"/>
        <source>With a %1 meter you would have paid %2 more.</source>
        <translation>С %1 счётчиком вы заплатили бы на %2 больше.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="242"/>
        <source>With a %1 meter you would have paid the same.</source>
        <translation>С %1 счётчиком вы заплатили бы столько же.</translation>
    </message>
    <message>
        <location filename="../../ui/calculator.py" line="247"/>
        <source>Where your meter has fewer zones, the use is split as in a typical home: 30% at night, and the day into peak and half-peak hours by their length.</source>
        <translation>Если у вашего счётчика меньше зон, расход разделён как в типичной квартире: 30% ночью, а дневной — на пиковые и полупиковые часы по их длительности.</translation>
    </message>
</context>
<context>
    <name>CaptchaBox</name>
    <message>
        <location filename="../../ui/login/register.py" line="43"/>
        <source>Picture with digits</source>
        <translation>Картинка с цифрами</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="46"/>
        <source>Five digits drawn crooked and crossed by lines, to be typed into the field below. If they are hard to read, ask for a new picture.</source>
        <translation>Пять цифр, нарисованных криво и перечёркнутых линиями; их нужно ввести в поле под картинкой. Если их трудно разобрать, попросите другую картинку.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="54"/>
        <source>Digits from the picture</source>
        <translation>Цифры с картинки</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="59"/>
        <source>New &amp;picture</source>
        <translation>Другая &amp;картинка</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="60"/>
        <source>New picture</source>
        <translation>Другая картинка</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <location filename="../../ui/charts.py" line="51"/>
        <source>Consumption charts</source>
        <translation>Графики потребления</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="53"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="54"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="60"/>
        <source>The figures of the charts</source>
        <translation>Цифры графиков</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="62"/>
        <source>The same &amp;figures as a table:</source>
        <translation>Те же &amp;цифры таблицей:</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="65"/>
        <source>&lt;h2&gt;Consumption charts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Графики потребления&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="100"/>
        <source>Consumption by month, this year and last year</source>
        <translation>Потребление по месяцам, этот год и прошлый</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="101"/>
        <source>Charges by month, this year and last year</source>
        <translation>Начисления по месяцам, этот год и прошлый</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="173"/>
        <source>Consumption, kWh</source>
        <translation>Потребление, кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="173"/>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="174"/>
        <source>Charges, ₽</source>
        <translation>Начисления, ₽</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="174"/>
        <source>₽</source>
        <translation>₽</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="176"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="180"/>
        <location filename="../../ui/charts.py" line="181"/>
        <source>Charged %1</source>
        <translation>Начислено %1</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../ui/application.py" line="136"/>
        <source>Your saved data could not be opened: %1</source>
        <translation>Не удалось открыть сохранённые данные: %1</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="145"/>
        <source>a flat and a dacha</source>
        <translation>квартира и дача</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="146"/>
        <source>a two-zone meter</source>
        <translation>двухтарифный счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="147"/>
        <source>a three-zone meter</source>
        <translation>трёхтарифный счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="148"/>
        <source>a caretaker of a 240-flat building</source>
        <translation>старший по дому на 240 квартир</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="199"/>
        <source>No connection to the supplier: you see the data saved on this computer. What you enter is kept and sent when the connection is back.</source>
        <translation>Нет связи с поставщиком: показаны данные, сохранённые на этом компьютере. Всё, что вы введёте, сохранится и будет отправлено, когда связь появится.</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="208"/>
        <source>This computer has no password store (keyring), so it cannot keep you logged in: the app will ask for your password each time it starts.</source>
        <translation>На этом компьютере нет хранилища паролей (keyring), поэтому вход не запоминается: программа будет спрашивать пароль при каждом запуске.</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <location filename="../../ui/readings_model.py" line="71"/>
        <source>Entered</source>
        <translation>Введено</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="71"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="71"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="71"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="23"/>
        <source>Waiting: on the supplier&apos;s calendar it is not %1 yet. It will be sent by itself.</source>
        <translation>Ждёт отправки: у поставщика ещё не наступило %1. Показания отправятся сами.</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="27"/>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="30"/>
        <source>Accepted, to be checked</source>
        <translation>Принято, будет проверено</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="32"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="35"/>
        <source>Used in the bill for %1</source>
        <translation>Учтено в счёте за %1</translation>
    </message>
    <message>
        <location filename="../../ui/readings_model.py" line="44"/>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/feedback.py" line="37"/>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="40"/>
        <source>Supplier&apos;s contacts</source>
        <translation>Контакты поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="43"/>
        <source>What to send</source>
        <translation>Что отправить</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="45"/>
        <location filename="../../ui/feedback.py" line="131"/>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="46"/>
        <location filename="../../ui/feedback.py" line="132"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="47"/>
        <source>Please call me back</source>
        <translation>Перезвоните мне</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="51"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="53"/>
        <location filename="../../ui/feedback.py" line="81"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="56"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="59"/>
        <source>Phone to call back</source>
        <translation>Телефон для обратного звонка</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="61"/>
        <source>S&amp;end</source>
        <translation>Отп&amp;равить</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="62"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="66"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="70"/>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="71"/>
        <source>A&amp;ccount:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="72"/>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="73"/>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="74"/>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="81"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="81"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="81"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="81"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="85"/>
        <source>Your applications</source>
        <translation>Ваши обращения</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="90"/>
        <source>&amp;Your applications:</source>
        <translation>Ваши о&amp;бращения:</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="94"/>
        <source>&lt;h2&gt;Feedback&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Обратная связь&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="113"/>
        <source>%1
Phone: %2
E-mail: %3
Address: %4</source>
        <translation>%1
Телефон: %2
Эл. почта: %3
Адрес: %4</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="124"/>
        <source>Not about one account</source>
        <translation>Не по одному лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="133"/>
        <source>Call back</source>
        <translation>Обратный звонок</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="136"/>
        <source>Waiting to be sent</source>
        <translation>Ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="137"/>
        <source>Not accepted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="138"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="139"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="140"/>
        <source>Answered</source>
        <translation>Дан ответ</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="141"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="165"/>
        <source>Please give a phone number to call you back.</source>
        <translation>Укажите телефон, чтобы вам перезвонили.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="169"/>
        <source>Please write what it is about.</source>
        <translation>Напишите, о чём обращение.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="182"/>
        <source>Your message is saved. It will be sent to the supplier once there is a connection.</source>
        <translation>Сообщение сохранено и будет отправлено поставщику, как только появится связь.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="190"/>
        <source>The phone number should be digits, like +79161234567.</source>
        <translation>Телефон пишется цифрами, например +79161234567.</translation>
    </message>
    <message>
        <location filename="../../ui/feedback.py" line="193"/>
        <source>Please check what you wrote: it is too long or has odd characters.</source>
        <translation>Проверьте текст: он слишком длинный или содержит необычные символы.</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/help.py" line="13"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="16"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="18"/>
        <source>Use the login and password the supplier sent you by e-mail or SMS. The app remembers you on this computer.</source>
        <translation>Введите логин и пароль, которые поставщик прислал по электронной почте или СМС. На этом компьютере программа вас запомнит.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="23"/>
        <source>Look at the home page</source>
        <translation>Посмотрите главную страницу</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="24"/>
        <source>It shows your accounts, what is to pay, and the days when readings are taken.</source>
        <translation>На ней ваши лицевые счета, сумма к оплате и дни приёма показаний.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="27"/>
        <source>Submit readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="29"/>
        <source>Type the numbers from the meter, each zone in its own box. The app shows the consumption and the preliminary cost, and keeps the reading even without a connection.</source>
        <translation>Введите цифры со счётчика, каждую зону в своё поле. Программа покажет расход и предварительную стоимость и сохранит показание даже без связи.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="34"/>
        <source>Check the answer</source>
        <translation>Проверьте ответ</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="36"/>
        <source>A reading shows as waiting, then accepted. If it was not accepted, the reason is written beside it: correct it and save it again.</source>
        <translation>Сначала показание ждёт отправки, потом принимается. Если оно не принято, рядом написана причина: исправьте и сохраните снова.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="41"/>
        <source>Pay</source>
        <translation>Оплатите</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="43"/>
        <source>On the Bills and payments page the amount due is filled in; the bank&apos;s page opens in your browser, and the payment shows here when it is done.</source>
        <translation>На странице «Счета и платежи» сумма к оплате уже подставлена; страница банка откроется в браузере, а оплата появится здесь, когда пройдёт.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="48"/>
        <source>Write to the supplier</source>
        <translation>Напишите поставщику</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="50"/>
        <source>On the Feedback page: an application, a complaint or a request to call you back. Its status shows on the same page.</source>
        <translation>На странице «Обратная связь»: заявление, жалоба или просьба перезвонить. Там же видно, что с обращением.</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="56"/>
        <source>Text too small? Press Ctrl and +. Hard to see? View, then High contrast.</source>
        <translation>Мелкий текст? Нажмите Ctrl и +. Плохо видно? Меню «Вид», затем «Высокая контрастность».</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="58"/>
        <source>How to use the personal account</source>
        <translation>Как пользоваться личным кабинетом</translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="61"/>
        <source>&lt;h2&gt;How to use the personal account&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Как пользоваться личным кабинетом&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/bills/words.py" line="74"/>
        <source>Readings</source>
        <translation>Показания</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="75"/>
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="76"/>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="79"/>
        <location filename="../../ui/bills/words.py" line="90"/>
        <location filename="../../ui/bills/words.py" line="102"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="80"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="81"/>
        <location filename="../../ui/bills/words.py" line="91"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="82"/>
        <location filename="../../ui/bills/words.py" line="103"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="83"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="84"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="85"/>
        <source>Used, kWh</source>
        <translation>Расход, кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="86"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="87"/>
        <location filename="../../ui/bills/words.py" line="106"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="92"/>
        <source>Issued</source>
        <translation>Выставлен</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="93"/>
        <source>Pay by</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="94"/>
        <source>Owed at the start</source>
        <translation>Долг на начало</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="95"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="96"/>
        <source>Recalculation</source>
        <translation>Перерасчёт</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="97"/>
        <source>Penalties</source>
        <translation>Пени</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="98"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="99"/>
        <source>Owed at the end</source>
        <translation>Долг на конец</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="104"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="105"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="107"/>
        <location filename="../../ui/bills/words.py" line="117"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="112"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="113"/>
        <source>Not accepted</source>
        <translation>Не принято</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="118"/>
        <source>Bank or post office</source>
        <translation>Банк или почта</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../ui/history.py" line="31"/>
        <source>Readings history</source>
        <translation>История показаний</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="33"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="34"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Счётчик:</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="39"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="41"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42"/>
        <source>Used, kWh</source>
        <translation>Расход, кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="43"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="44"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>Readings of the meter</source>
        <translation>Показания счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>The chosen month</source>
        <translation>Выбранный месяц</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="66"/>
        <source>&lt;h2&gt;Readings history&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;История показаний&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>Account %1, meter %2</source>
        <translation>Лицевой счёт %1, счётчик %2</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="99"/>
        <source>Replaced by a later reading</source>
        <translation>Заменено более поздним показанием</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="101"/>
        <source>Estimated by the supplier, because %1</source>
        <translation>Рассчитано поставщиком по среднему, потому что %1</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="105"/>
        <source>Accepted, to be checked</source>
        <translation>Принято, будет проверено</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="107"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="109"/>
        <source>Used in the bill for %1</source>
        <translation>Учтено в счёте за %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home.py" line="42"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="47"/>
        <source>Nothing here yet. Your accounts appear after the first sync.</source>
        <translation>Здесь пока пусто. Ваши лицевые счета появятся после первой синхронизации.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="85"/>
        <location filename="../../ui/home.py" line="87"/>
        <source>Account %1</source>
        <translation>Лицевой счёт %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="93"/>
        <source>Access code for the app: %1</source>
        <translation>Код доступа для приложения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="94"/>
        <source>A family member adds this account to their login with this code</source>
        <translation>По этому коду родственник добавит этот лицевой счёт в свой логин</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="99"/>
        <source>To pay: %1</source>
        <translation>К оплате: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="101"/>
        <source>Paid in advance: %1</source>
        <translation>Переплата: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="103"/>
        <source>Nothing to pay</source>
        <translation>Задолженности нет</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="105"/>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="116"/>
        <source>The bill for %1 used the supplier&apos;s estimate for meter %2, because %3.</source>
        <translation>В счёте за %1 по счётчику %2 начисление рассчитано поставщиком по среднему, потому что %3.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="127"/>
        <source>Meter %1</source>
        <translation>Счётчик %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="129"/>
        <source>Meter %1: verification overdue</source>
        <translation>Счётчик %1: срок поверки прошёл</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="132"/>
        <source>Last reading: %1</source>
        <translation>Последнее показание: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="137"/>
        <source>Submission of readings</source>
        <translation>Приём показаний</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="147"/>
        <source>Last verified: %1.</source>
        <translation>Последняя поверка: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="157"/>
        <source>Readings waiting to be sent: %1</source>
        <translation>Показаний ждёт отправки: %1</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="160"/>
        <source>Enter a reading</source>
        <translation>Ввести показания</translation>
    </message>
    <message>
        <location filename="../../ui/home.py" line="161"/>
        <source>Enter a reading for meter %1</source>
        <translation>Передать показание счётчика %1</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../ui/round/import_report.py" line="51"/>
        <source>Import from Excel</source>
        <translation>Загрузка из Excel</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="54"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="57"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="58"/>
        <source>Flat</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="59"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="60"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="61"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="62"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="81"/>
        <source>Refused rows</source>
        <translation>Непринятые строки</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="85"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="90"/>
        <source>Rows not taken:</source>
        <translation>Не приняты строки:</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../ui/job_panel.py" line="16"/>
        <source>Work in progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location filename="../../ui/job_panel.py" line="18"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../ui/job_panel.py" line="19"/>
        <source>&amp;Cancel</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location filename="../../ui/job_panel.py" line="20"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/job_panel.py" line="61"/>
        <source>Stopping…</source>
        <translation>Останавливаю…</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../ui/login/window.py" line="55"/>
        <source>Personal account — log in</source>
        <translation>Личный кабинет — вход</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="56"/>
        <location filename="../../ui/login/window.py" line="87"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="60"/>
        <source>Logo: a house with a lightning bolt</source>
        <translation>Логотип: дом с молнией</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="61"/>
        <source>&lt;h1&gt;Personal account&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Личный кабинет&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="67"/>
        <source>Log in with the login and password the supplier sent you.</source>
        <translation>Войдите с логином и паролем, которые вам прислал поставщик.</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="71"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="74"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="76"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="78"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="84"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="86"/>
        <location filename="../../ui/login/window.py" line="187"/>
        <source>Log &amp;in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="93"/>
        <source>&amp;Register</source>
        <translation>&amp;Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="94"/>
        <source>Register</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="96"/>
        <source>&amp;Forgot password</source>
        <translation>&amp;Забыли пароль?</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="97"/>
        <source>Forgot password</source>
        <translation>Забыли пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="114"/>
        <source>&lt;p&gt;Demo mode: the supplier&apos;s server runs on this computer with made-up data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Демонстрационный режим: сервер поставщика работает на этом компьютере с придуманными данными.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="115"/>
        <source>&lt;p&gt;Demo logins (password &lt;b&gt;%1&lt;/b&gt;):&lt;/p&gt;</source>
        <translation>&lt;p&gt;Демонстрационные логины (пароль &lt;b&gt;%1&lt;/b&gt;):&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="120"/>
        <source>Demo logins</source>
        <translation>Демонстрационные логины</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="170"/>
        <source>Please type your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="173"/>
        <source>Logging in…</source>
        <translation>Входим…</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="193"/>
        <source>No connection to the supplier, and this login has not been used on this computer yet. Please check the Internet connection and try again.</source>
        <translation>Нет связи с поставщиком, а с этим логином на этом компьютере ещё не входили. Проверьте подключение к интернету и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Personal account — %1</source>
        <translation>Личный кабинет — %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Submit readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Readings history</source>
        <translation>История показаний</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Bills and payments</source>
        <translation>Счета и платежи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="161"/>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>Feedback</source>
        <translation>Обратная связь</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="162"/>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Personal data and settings</source>
        <translation>Личные данные и настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Building round</source>
        <translation>Обход дома</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>Consumption charts</source>
        <translation>Графики потребления</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Tariff calculator</source>
        <translation>Тарифный калькулятор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="120"/>
        <source>Connection</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>Opening your account…</source>
        <translation>Открываем ваш личный кабинет…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="103"/>
        <source>Opening your account</source>
        <translation>Открываем личный кабинет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>&amp;Got it</source>
        <translation>Пон&amp;ятно</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="122"/>
        <source>Last update</source>
        <translation>Последнее обновление</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Sync now</source>
        <translation>Обновить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="129"/>
        <source>&amp;Log in again</source>
        <translation>Во&amp;йти снова</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="130"/>
        <location filename="../../ui/main_window.py" line="449"/>
        <source>Log in again</source>
        <translation>Войти снова</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>Your data was repaired</source>
        <translation>Ваши данные восстановлены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265"/>
        <source>The data file on this computer was damaged. A copy was kept at %1. %2 entries not yet sent were recovered; everything else is downloaded again from the server.</source>
        <translation>Файл данных на этом компьютере был повреждён. Его копия сохранена в %1. Восстановлено неотправленных записей: %2; всё остальное будет заново загружено с сервера.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="289"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="292"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Обновить сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>Log &amp;out</source>
        <translation>Выйти из &amp;кабинета</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Offline: your entries are kept and sent later</source>
        <translation>Нет связи: введённое сохранено и будет отправлено позже</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>Syncing…</source>
        <translation>Обмен данными…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>some readings were not accepted</source>
        <translation>некоторые показания не приняты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="425"/>
        <source>waiting to be sent: %1</source>
        <translation>ждёт отправки: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>Updated %1</source>
        <translation>Обновлено %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="436"/>
        <source>Not updated yet</source>
        <translation>Ещё не обновлялось</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Your session has ended. Password for %1:</source>
        <translation>Сеанс завершён. Пароль для %1:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="419"/>
        <source>Contacts not saved</source>
        <translation>Контакты не сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>Open the settings to change the contacts</source>
        <translation>Открыть настройки, чтобы изменить контакты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="135"/>
        <source>Open settings</source>
        <translation>К настройкам</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>This is less than the previous reading. Please check the number on the meter.</source>
        <translation>Это меньше предыдущего показания. Проверьте число на счётчике.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>This meter does not show that many digits.</source>
        <translation>У этого счётчика нет столько цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>Too many digits after the decimal point.</source>
        <translation>Слишком много цифр после запятой.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>A reading cannot be negative.</source>
        <translation>Показание не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>Please type digits only.</source>
        <translation>Вводите только цифры.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>The meter went past its last number and started again; that is fine.</source>
        <translation>Счётчик дошёл до максимума и начал отсчёт заново — это нормально.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>This is much more than usual. Please check the reading.</source>
        <translation>Это намного больше обычного. Проверьте показание.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>Readings are not accepted today. Please send them in the submission days.</source>
        <translation>Сегодня показания не принимаются. Передайте их в дни приёма показаний.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="42"/>
        <source>This meter has been replaced. Please enter the new meter&apos;s reading.</source>
        <translation>Этот счётчик заменён. Введите показание нового счётчика.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>Please enter a reading for every zone of the meter.</source>
        <translation>Введите показание для каждой зоны счётчика.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>The date of the reading is in the future.</source>
        <translation>Дата показания ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>The reading reached the supplier too late for its month.</source>
        <translation>Показания пришли к поставщику слишком поздно для своего месяца.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>The bill for the month of this reading is already made.</source>
        <translation>Счёт за месяц этих показаний уже выставлен.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>The meter&apos;s verification date has passed. Please order a verification.</source>
        <translation>Срок поверки счётчика прошёл. Пожалуйста, закажите поверку.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="59"/>
        <source>A reading of a later month is already accepted for this meter, so this one is no longer needed.</source>
        <translation>По этому счётчику уже приняты показания за более поздний месяц, поэтому эти больше не нужны.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="63"/>
        <source>A reading taken later this month is already accepted for this meter; this earlier one does not replace it.</source>
        <translation>За этот месяц уже принято показание, снятое позже; это, более раннее, его не заменяет.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="68"/>
        <source>This meter is not on your account.</source>
        <translation>Этого счётчика нет на вашем лицевом счёте.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="70"/>
        <source>This reading went out with the same label as another one. Please enter it again.</source>
        <translation>Это показание ушло с той же меткой, что и другое. Введите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="73"/>
        <source>This reading went out with a label another login has used. Please enter it again.</source>
        <translation>Это показание ушло с меткой, которую уже использовал другой логин. Введите его ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="82"/>
        <source>The reading was not accepted.</source>
        <translation>Показание не принято.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>The meter&apos;s verification date has passed, so the supplier does not accept its readings. Please order a verification of the meter.</source>
        <translation>Срок поверки счётчика прошёл, поэтому поставщик не принимает его показания. Пожалуйста, закажите поверку счётчика.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="110"/>
        <source>The reading is dated %1, but on the supplier&apos;s calendar that day has not come yet. Please check the date on this computer.</source>
        <translation>Показания датированы %1, а у поставщика этот день ещё не наступил. Пожалуйста, проверьте дату на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="117"/>
        <source>The reading was taken on %1, but the bill for %2 is already made. Please send the next reading in the next submission days.</source>
        <translation>Показания сняты %1, но счёт за %2 уже выставлен. Пожалуйста, передайте следующие показания в следующие дни приёма.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="130"/>
        <source>The reading was taken on %1, but it reached the supplier after %2, the last day for readings of that month.</source>
        <translation>Показания сняты %1, но пришли к поставщику после %2 — последнего дня приёма показаний за тот месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="139"/>
        <source>The reading was taken on %1. That month readings are taken from %2 to %3 only.</source>
        <translation>Показания сняты %1. В том месяце показания принимались только с %2 по %3.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="153"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="154"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>Night</source>
        <translation>Ночь</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="156"/>
        <source>Peak</source>
        <translation>Пик</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="157"/>
        <source>Half-peak</source>
        <translation>Полупик</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="171"/>
        <source>Consumption</source>
        <translation>Расход</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="178"/>
        <source>The disk of this computer is full, so this could not be saved. Please free some space (empty the Recycle Bin, delete old files) and type it again.</source>
        <translation>На диске компьютера нет места, поэтому это не сохранилось. Освободите место (очистите Корзину, удалите старые файлы) и введите снова.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="183"/>
        <source>The data file is busy: another copy of the app or another program is using it. Please close it and try again.</source>
        <translation>Файл данных занят: его использует другая копия приложения или другая программа. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="188"/>
        <source>The data file on this computer cannot be written (it is read-only). Please ask someone to check the folder&apos;s permissions.</source>
        <translation>В файл данных на этом компьютере нельзя записать (он только для чтения). Попросите кого-нибудь проверить права на папку.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="193"/>
        <source>Your data was saved by a newer version of the app. Please install the newest version.</source>
        <translation>Ваши данные сохранены более новой версией приложения. Установите последнюю версию.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="197"/>
        <source>The data file on this computer cannot be opened. Please check the disk.</source>
        <translation>Не удаётся открыть файл данных на этом компьютере. Проверьте диск.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="207"/>
        <source>The disk is full. Please free some space and try again.</source>
        <translation>На диске нет места. Освободите место и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="211"/>
        <source>This folder cannot be written to. Please choose another folder, such as Documents.</source>
        <translation>В эту папку нельзя записать. Выберите другую папку, например «Документы».</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="215"/>
        <source>The file or folder was not found.</source>
        <translation>Файл или папка не найдены.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="217"/>
        <source>The file is open in another program. Please close it and try again.</source>
        <translation>Файл открыт в другой программе. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="221"/>
        <source>The file could not be written or read.</source>
        <translation>Не удалось записать или прочитать файл.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="236"/>
        <source>No connection to the server. Everything you enter is kept and sent later.</source>
        <translation>Нет связи с сервером. Всё введённое сохраняется и будет отправлено позже.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="271"/>
        <source>Too many unsuccessful attempts. Please wait a little and try again.</source>
        <translation>Слишком много неудачных попыток. Подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="285"/>
        <source>No account with this number, surname and access code. Check them on your receipt.</source>
        <translation>Нет лицевого счёта с таким номером, фамилией и кодом доступа. Проверьте их по квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="288"/>
        <source>This account already has a login. Use &apos;Forgot password&apos; with the account number: the new password goes to the e-mail or phone of the account&apos;s own login.</source>
        <translation>У этого лицевого счёта уже есть логин. Воспользуйтесь «Забыли пароль?» и введите номер лицевого счёта: новый пароль придёт на почту или телефон логина, зарегистрированного для этого счёта.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="293"/>
        <source>A login cannot be digits only: it would look like an account number. Please add a letter.</source>
        <translation>Логин не может состоять из одних цифр: его можно спутать с номером лицевого счёта. Добавьте букву.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="225"/>
        <source>Your session has ended. Please log in again; nothing you entered is lost.</source>
        <translation>Сеанс завершён. Войдите снова — ничего из введённого не потеряно.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="242"/>
        <source>The server is having trouble. Your entries are kept and will be sent later.</source>
        <translation>На сервере неполадки. Введённое сохранено и будет отправлено позже.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="246"/>
        <source>The server sent an answer this app does not understand. Your entries are kept.</source>
        <translation>Сервер прислал непонятный ответ. Введённое сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="250"/>
        <location filename="../../ui/messages.py" line="323"/>
        <source>This app is too old for the supplier&apos;s server. Please update the app.</source>
        <translation>Эта версия программы устарела для сервера поставщика. Пожалуйста, обновите программу.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="262"/>
        <source>Something went wrong. What you entered is kept; please try again.</source>
        <translation>Что-то пошло не так. Введённое сохранено; пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/login/window.py" line="189"/>
        <location filename="../../ui/messages.py" line="270"/>
        <source>The login or password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="276"/>
        <source>This is no longer on the server. Please refresh and try again.</source>
        <translation>Этого больше нет на сервере. Обновите данные и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="279"/>
        <source>This login may not do that.</source>
        <translation>Этому логину это недоступно.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="280"/>
        <source>This password is for another login. Please log in again as yourself.</source>
        <translation>Этот пароль от другого логина. Войдите снова под своим логином.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="283"/>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="284"/>
        <source>This login is taken. Please choose another.</source>
        <translation>Этот логин занят. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="297"/>
        <source>This is the only account of this login; it cannot be removed.</source>
        <translation>Это единственный лицевой счёт логина, его нельзя убрать.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="300"/>
        <source>Give an e-mail address for the receipts.</source>
        <translation>Укажите адрес электронной почты для квитанций.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="301"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="305"/>
        <source>This is too long to send. Please make it shorter and try again.</source>
        <translation>Это слишком длинно для отправки. Сократите и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="308"/>
        <source>The digits from the picture are wrong. Here is a new picture.</source>
        <translation>Цифры с картинки неверны. Вот новая картинка.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="311"/>
        <source>The picture is too old. Here is a new one.</source>
        <translation>Картинка устарела. Вот новая.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="314"/>
        <source>The message could not be sent just now. Please try again in a few minutes.</source>
        <translation>Сообщение сейчас не удалось отправить. Попробуйте ещё раз через несколько минут.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="317"/>
        <source>The supplier has no tariff for this yet. Please try again later.</source>
        <translation>У поставщика пока нет тарифа для этого. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="330"/>
        <source>The server did not accept this. Please check what you entered and try again.</source>
        <translation>Сервер не принял это. Проверьте, что вы ввели, и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="343"/>
        <source>Personal account</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="344"/>
        <source>Building caretaker</source>
        <translation>Старший по дому</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="345"/>
        <source>SMS</source>
        <translation>СМС</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="346"/>
        <source>Estimated by the supplier</source>
        <translation>Расчёт поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="347"/>
        <source>Meter installed</source>
        <translation>Установка счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="352"/>
        <source>Electricity</source>
        <translation>Электроэнергия</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="357"/>
        <source>Waiting for the bank</source>
        <translation>Ожидает ответа банка</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="358"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="359"/>
        <source>Declined by the bank</source>
        <translation>Отклонено банком</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="302"/>
        <source>To change the e-mail or phone, enter your password in Settings.</source>
        <translation>Чтобы изменить эл. почту или телефон, введите пароль в настройках.</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <location filename="../../ui/news.py" line="20"/>
        <location filename="../../ui/news.py" line="22"/>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <location filename="../../ui/news.py" line="25"/>
        <source>&lt;h2&gt;News&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Новости&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/news.py" line="33"/>
        <source>No news yet.</source>
        <translation>Новостей пока нет.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../ui/tray.py" line="192"/>
        <location filename="../../ui/tray.py" line="200"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="204"/>
        <source>What the reminder says</source>
        <translation>Текст напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="205"/>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="206"/>
        <source>Close the reminder</source>
        <translation>Закрыть напоминание</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ui/pdf_preview.py" line="32"/>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="33"/>
        <source>Pages: %1</source>
        <translation>Страниц: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="34"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="35"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="37"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="38"/>
        <location filename="../../ui/pdf_preview.py" line="56"/>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="40"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="41"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="58"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_preview.py" line="72"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
</context>
<context>
    <name>ProblemBox</name>
    <message>
        <location filename="../../ui/problems.py" line="27"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../ui/problems.py" line="29"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
</context>
<context>
    <name>ReadingDelegate</name>
    <message>
        <location filename="../../ui/round/view.py" line="50"/>
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
</context>
<context>
    <name>ReadingsPage</name>
    <message>
        <location filename="../../ui/readings.py" line="99"/>
        <source>Submit readings</source>
        <translation>Передать показания</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="102"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="103"/>
        <source>&amp;Meter:</source>
        <translation>&amp;Счётчик:</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="110"/>
        <source>Consumption and cost</source>
        <translation>Расход и стоимость</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="111"/>
        <source>&amp;Save reading</source>
        <translation>Сохранить &amp;показание</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="112"/>
        <source>Save reading</source>
        <translation>Сохранить показание</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="127"/>
        <source>Remind me when readings open</source>
        <translation>Напомнить, когда начнётся приём показаний</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="130"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="135"/>
        <source>Readings entered on this computer</source>
        <translation>Показания, введённые на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="147"/>
        <source>What became of the reading</source>
        <translation>Что стало с показаниями</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="126"/>
        <source>&amp;Remind me…</source>
        <translation>&amp;Напомнить…</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="62"/>
        <source>%1 kWh since the previous reading (%2)</source>
        <translation>%1 кВт·ч с прошлого показания (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="68"/>
        <source>, while a month usually takes about %1 kWh</source>
        <translation>, а обычно за месяц — около %1 кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="74"/>
        <source>This is much more than usual.</source>
        <translation>Это намного больше обычного.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="78"/>
        <source>Is the reading on the meter right?</source>
        <translation>Показание на счётчике именно такое?</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="149"/>
        <source>&amp;Correct selected</source>
        <translation>&amp;Исправить выбранное</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="150"/>
        <source>Correct the selected reading</source>
        <translation>Исправить выбранное показание</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="164"/>
        <source>&lt;h2&gt;Submit readings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Передать показания&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="181"/>
        <source>Readings entered on this computer:</source>
        <translation>Показания, введённые на этом компьютере:</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="191"/>
        <source>Save it, it is right</source>
        <translation>Да, сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="191"/>
        <source>Check it again</source>
        <translation>Проверить ещё раз</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="220"/>
        <source>Account %1, meter %2</source>
        <translation>Лицевой счёт %1, счётчик %2</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="262"/>
        <source>previous: %1</source>
        <translation>предыдущее: %1</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="264"/>
        <source>no previous reading</source>
        <translation>предыдущего показания нет</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="271"/>
        <source>this month: %1, a new one replaces it</source>
        <translation>в этом месяце: %1, новое заменит его</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="366"/>
        <source>Consumption: %1 kWh. Preliminary cost: %2.</source>
        <translation>Расход: %1 кВт·ч. Предварительная стоимость: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="386"/>
        <location filename="../../ui/readings.py" line="436"/>
        <location filename="../../ui/readings.py" line="444"/>
        <source>Not saved.</source>
        <translation>Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="394"/>
        <source>Please type a reading for every zone, in digits.</source>
        <translation>Введите показание для каждой зоны, цифрами.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="419"/>
        <source>The reading was not saved: please check it.</source>
        <translation>Показание не сохранено: проверьте его.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="421"/>
        <source>Please check the reading</source>
        <translation>Проверьте показание</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="423"/>
        <source>Not saved. Check the meter and type the reading again.</source>
        <translation>Не сохранено. Сверьтесь со счётчиком и введите показание снова.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="458"/>
        <source>Saved. It will be sent to the supplier as soon as there is a connection.</source>
        <translation>Сохранено. Показание будет отправлено поставщику, как только появится связь.</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="482"/>
        <source>Meter %1, entered %2: %3</source>
        <translation>Счётчик %1, введено %2: %3</translation>
    </message>
    <message>
        <location filename="../../ui/readings.py" line="504"/>
        <source>Correct the reading and save it again.</source>
        <translation>Исправьте показание и сохраните его снова.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../ui/bills/words.py" line="13"/>
        <source>Receipt for electricity for %1</source>
        <translation>Счёт-квитанция за электроэнергию за %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="17"/>
        <source>Payer</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="18"/>
        <source>Name: %1</source>
        <translation>ФИО: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="19"/>
        <source>Address: %1</source>
        <translation>Адрес: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="20"/>
        <source>Account: %1</source>
        <translation>Лицевой счёт: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="21"/>
        <source>Access code for the app: %1</source>
        <translation>Код доступа для приложения: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="22"/>
        <source>Area: %1 m²</source>
        <translation>Площадь: %1 м²</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="23"/>
        <source>Occupants: %1</source>
        <translation>Проживает: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="24"/>
        <source>Payee</source>
        <translation>Получатель платежа</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="25"/>
        <source>INN %1, KPP %2</source>
        <translation>ИНН %1, КПП %2</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="26"/>
        <source>Bank: %1, BIC %2</source>
        <translation>Банк: %1, БИК %2</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="27"/>
        <source>Settlement account %1</source>
        <translation>Р/с %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="28"/>
        <source>Correspondent account %1</source>
        <translation>К/с %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="29"/>
        <source>Phone: %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="30"/>
        <source>Amount due by %1</source>
        <translation>К оплате до %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="31"/>
        <source>Scan with your bank&apos;s app to pay</source>
        <translation>Для оплаты отсканируйте в приложении банка</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="32"/>
        <source>Charges</source>
        <translation>Начисления</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="34"/>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="35"/>
        <location filename="../../ui/bills/words.py" line="52"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="36"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="37"/>
        <source>Current</source>
        <translation>Текущее</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="38"/>
        <source>Used, kWh</source>
        <translation>Расход, кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="39"/>
        <source>Tariff, ₽/kWh</source>
        <translation>Тариф, ₽/кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="40"/>
        <source>Charged</source>
        <translation>Начислено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="42"/>
        <source>Recalculation</source>
        <translation>Перерасчёт</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="43"/>
        <source>Penalties</source>
        <translation>Пени</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="44"/>
        <source>Owed (+) or paid ahead (−) at the start</source>
        <translation>Долг (+) или аванс (−) на начало</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="45"/>
        <source>Charged for the month</source>
        <translation>Начислено за период</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="46"/>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="47"/>
        <source>Balance at the end of the month</source>
        <translation>Итого на конец периода</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="48"/>
        <source>To pay</source>
        <translation>Итого к оплате</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="49"/>
        <source>Meter readings used</source>
        <translation>Показания, использованные в расчёте</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="51"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="53"/>
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="54"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="55"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="60"/>
        <source>Issued %1</source>
        <translation>Выставлен %1</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="61"/>
        <source>up to %1 kWh</source>
        <translation>до %1 кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="62"/>
        <source>above %1 kWh</source>
        <translation>свыше %1 кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/bills/words.py" line="63"/>
        <source>%1 to %2 kWh</source>
        <translation>от %1 до %2 кВт·ч</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../ui/login/register.py" line="94"/>
        <source>An account number is digits only, as on the receipt.</source>
        <translation>Номер лицевого счёта — только цифры, как в квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="98"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="100"/>
        <source>The phone number should be digits, like +79161234567.</source>
        <translation>Телефон пишется цифрами, например +79161234567.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="104"/>
        <source>Please type the surname.</source>
        <translation>Введите фамилию.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="109"/>
        <source>Give an e-mail or a phone number for the password.</source>
        <translation>Укажите почту или телефон, чтобы получить пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="118"/>
        <source>The digits from the picture are wrong. Here is a new picture.</source>
        <translation>Цифры с картинки неверны. Вот новая картинка.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="121"/>
        <source>The picture is too old. Here is a new one.</source>
        <translation>Картинка устарела. Вот новая.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="210"/>
        <location filename="../../ui/login/register.py" line="211"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="224"/>
        <source>Account &amp;number:</source>
        <translation>&amp;Номер лицевого счёта:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="224"/>
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="225"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="225"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="226"/>
        <source>Access c&amp;ode:</source>
        <translation>Код д&amp;оступа:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="226"/>
        <source>Access code from the receipt</source>
        <translation>Код доступа из квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="227"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="227"/>
        <source>E-mail for the password</source>
        <translation>Почта для пароля</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="228"/>
        <source>or &amp;phone for SMS:</source>
        <translation>или &amp;телефон для СМС:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="228"/>
        <source>Phone for the password</source>
        <translation>Телефон для пароля</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="230"/>
        <source>&amp;Digits from the picture:</source>
        <translation>&amp;Цифры с картинки:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="232"/>
        <source>Digits from the picture</source>
        <translation>Цифры с картинки</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="237"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="236"/>
        <source>&amp;Register</source>
        <translation>&amp;Регистрация</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="106"/>
        <source>Please type the access code printed on the receipt.</source>
        <translation>Введите код доступа, напечатанный на квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="114"/>
        <source>No account with this number, surname and access code. Check them on your receipt.</source>
        <translation>Нет лицевого счёта с таким номером, фамилией и кодом доступа. Проверьте их по квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="124"/>
        <source>This account already has a login. Use &apos;Forgot password&apos; with the account number: the new password goes to the e-mail or phone of the account&apos;s own login.</source>
        <translation>У этого лицевого счёта уже есть логин. Воспользуйтесь «Забыли пароль?» и введите номер лицевого счёта: новый пароль придёт на почту или телефон логина, зарегистрированного для этого счёта.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="220"/>
        <source>Type your account number, surname and access code as on the receipt. The password comes by e-mail or SMS.</source>
        <translation>Введите номер лицевого счёта, фамилию и код доступа, как на квитанции. Пароль придёт по электронной почте или в SMS.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="236"/>
        <source>Register</source>
        <translation>Зарегистрироваться</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="257"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="262"/>
        <source>by e-mail to %1</source>
        <translation>по электронной почте на %1</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="262"/>
        <source>by SMS to %1</source>
        <translation>в СМС на %1</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="264"/>
        <source>Your login is %1. The password was sent %2. Type it on the login screen.</source>
        <translation>Ваш логин: %1. Пароль отправлен %2. Введите его на экране входа.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="268"/>
        <source>&amp;Go to the login screen</source>
        <translation>&amp;Перейти ко входу</translation>
    </message>
</context>
<context>
    <name>ResetDialog</name>
    <message>
        <location filename="../../ui/login/register.py" line="290"/>
        <location filename="../../ui/login/register.py" line="291"/>
        <source>Forgot password</source>
        <translation>Забыли пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="296"/>
        <source>A new password will be sent to the e-mail or phone of your login.</source>
        <translation>Новый пароль придёт на почту или телефон, указанные в вашем логине.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="298"/>
        <source>&amp;Login or account number:</source>
        <translation>&amp;Логин или номер лицевого счёта:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="298"/>
        <source>Login or account number</source>
        <translation>Логин или номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="300"/>
        <source>&amp;Digits from the picture:</source>
        <translation>&amp;Цифры с картинки:</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="302"/>
        <source>Digits from the picture</source>
        <translation>Цифры с картинки</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="307"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="329"/>
        <source>If this login exists, a new password has been sent to its e-mail or phone. The old password keeps working until you log in with the new one.</source>
        <translation>Если такой логин есть, новый пароль отправлен на его почту или телефон. Старый пароль действует, пока вы не войдёте с новым.</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="306"/>
        <source>&amp;Send a new password</source>
        <translation>&amp;Прислать новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="306"/>
        <source>Send a new password</source>
        <translation>Прислать новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/login/register.py" line="316"/>
        <source>Type your login (or account number) and the digits from the picture.</source>
        <translation>Введите логин (или номер лицевого счёта) и цифры с картинки.</translation>
    </message>
</context>
<context>
    <name>RoundModel</name>
    <message>
        <location filename="../../ui/round/model.py" line="132"/>
        <source>Entrance</source>
        <translation>Подъезд</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="132"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="139"/>
        <source>Flat</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="140"/>
        <source>Entr.</source>
        <comment>entrance, short</comment>
        <translation>Под.</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="141"/>
        <source>Fl.</source>
        <comment>floor, short</comment>
        <translation>Эт.</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="142"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="143"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="144"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="145"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="146"/>
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="147"/>
        <source>Used, kWh</source>
        <translation>Расход, кВт·ч</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="148"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="162"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="164"/>
        <source>Saving…</source>
        <translation>Сохраняю…</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="166"/>
        <source>Saved; enter the other zones of this meter</source>
        <translation>Сохранено; введите остальные зоны этого счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="173"/>
        <source>Saved, waiting to be sent</source>
        <translation>Сохранено, ждёт отправки</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="175"/>
        <source>Accepted, to be checked</source>
        <translation>Принято, будет проверено</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="175"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="177"/>
        <source>Not accepted: %1</source>
        <translation>Не принято: %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="179"/>
        <source>Already submitted: %1</source>
        <translation>Уже передано: %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="226"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../ui/round/model.py" line="281"/>
        <source>%1 kWh used, the usual is about %2 kWh. Check the meter; press Enter again to keep.</source>
        <translation>Расход %1 кВт·ч, обычно около %2 кВт·ч. Проверьте счётчик; чтобы оставить, нажмите Enter ещё раз.</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <location filename="../../ui/round/page.py" line="78"/>
        <source>Building round</source>
        <translation>Обход дома</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="81"/>
        <source>Building</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="82"/>
        <source>&amp;Building:</source>
        <translation>&amp;Дом:</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="87"/>
        <source>Find a flat or a meter</source>
        <translation>Найти квартиру или счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="88"/>
        <source>flat number or meter serial</source>
        <translation>номер квартиры или счётчика</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="90"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="92"/>
        <source>Next &amp;empty</source>
        <translation>Следующий &amp;пустой</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="93"/>
        <source>Go to the next empty reading</source>
        <translation>Перейти к следующему пустому показанию</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="94"/>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="98"/>
        <source>Progress of the round</source>
        <translation>Ход обхода</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="116"/>
        <source>Readings of the building</source>
        <translation>Показания дома</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="121"/>
        <source>&amp;Readings (type the digits, then Enter):</source>
        <translation>Показ&amp;ания (наберите цифры и нажмите Enter):</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="126"/>
        <source>&amp;Send all</source>
        <translation>Отп&amp;равить всё</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="127"/>
        <source>Send all readings of the building</source>
        <translation>Отправить все показания дома</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="131"/>
        <source>E&amp;xport to Excel…</source>
        <translation>Выгру&amp;зить в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="512"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="134"/>
        <source>&amp;Import from Excel…</source>
        <translation>За&amp;грузить из Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="553"/>
        <source>Import from Excel</source>
        <translation>Загрузка из Excel</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="137"/>
        <source>&amp;Print round sheet…</source>
        <translation>Пе&amp;чать обходного листа…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="640"/>
        <source>Print round sheet</source>
        <translation>Печать обходного листа</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="595"/>
        <source>Save round sheet as PDF</source>
        <translation>Сохранить обходной лист в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="153"/>
        <source>Selected reading</source>
        <translation>Выбранное показание</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="140"/>
        <source>Save round sheet as P&amp;DF…</source>
        <translation>Сохранить обходной лист в P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="148"/>
        <source>E&amp;xcel and printing</source>
        <translation>Excel и пе&amp;чать</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="149"/>
        <source>Excel and printing</source>
        <translation>Excel и печать</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="159"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="178"/>
        <source>&lt;h2&gt;Building round&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Обход дома&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="226"/>
        <source>%1 (%2 flats)</source>
        <translation>%1 (квартир: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="234"/>
        <source>No buildings are assigned to you yet. Sync to fetch them.</source>
        <translation>За вами пока не закреплён ни один дом. Обновите данные, чтобы получить список.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="280"/>
        <source>%1 of %2 meters entered</source>
        <translation>Введено %1 из %2 счётчиков</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="292"/>
        <source>Flat %1, meter %2.</source>
        <translation>Кв. %1, счётчик %2.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="295"/>
        <source>Flat %1, meter %2, %3.</source>
        <translation>Кв. %1, счётчик %2, %3.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="315"/>
        <source>Every meter of the building has a reading.</source>
        <translation>Показания введены по всем счётчикам дома.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="356"/>
        <source>Send dated as typed</source>
        <translation>Отправить с датой набора</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="358"/>
        <source>Send them anyway</source>
        <translation>Всё равно отправить</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="360"/>
        <source>Confirm as taken today</source>
        <translation>Подтвердить как снятые сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="362"/>
        <source>They show these values today</source>
        <translation>Сегодня счётчики показывают эти значения</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="370"/>
        <source>Now waiting to be sent: %1. Press Send all to send them.</source>
        <translation>Показаний ждут отправки: %1. Нажмите «Отправить всё», чтобы отправить их.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="417"/>
        <source>could not be saved on this computer: %1</source>
        <translation>не удалось сохранить на этом компьютере: %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="449"/>
        <source>Sending the readings…</source>
        <translation>Отправляю показания…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="454"/>
        <source>Sending %1 of %2</source>
        <translation>Отправлено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="454"/>
        <source>Fetching the answers…</source>
        <translation>Получаю ответы…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="469"/>
        <source>Stopped. %1 sent; the rest is kept and waits to be sent.</source>
        <translation>Остановлено. Отправлено: %1; остальное сохранено и ждёт отправки.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="478"/>
        <source>Nothing was waiting to be sent. The answers were fetched.</source>
        <translation>Неотправленных показаний не было. Ответы получены.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="481"/>
        <source>Sent %1: %2 accepted, %3 not accepted.</source>
        <translation>Отправлено %1: принято %2, не принято %3.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="487"/>
        <source>Fix the rows marked “Not accepted” and send again.</source>
        <translation>Исправьте строки с пометкой «Не принято» и отправьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="671"/>
        <source>Keep them</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="673"/>
        <source>Keep them on this computer</source>
        <translation>Оставить их на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="27"/>
        <location filename="../../ui/round/words.py" line="64"/>
        <source>Round sheet</source>
        <translation>Обходной лист</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="28"/>
        <source>Readings for %1</source>
        <translation>Показания за %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="31"/>
        <source>Type the new readings in the column “New reading”. Do not change the other columns.</source>
        <translation>Впишите новые показания в столбец «Новое показание». Остальные столбцы не меняйте.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="35"/>
        <source>Entrance</source>
        <translation>Подъезд</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="36"/>
        <source>Floor</source>
        <translation>Этаж</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="37"/>
        <location filename="../../ui/round/words.py" line="69"/>
        <source>Flat</source>
        <translation>Кв.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="38"/>
        <location filename="../../ui/round/words.py" line="70"/>
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="39"/>
        <location filename="../../ui/round/words.py" line="71"/>
        <source>Meter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="40"/>
        <location filename="../../ui/round/words.py" line="72"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="41"/>
        <location filename="../../ui/round/words.py" line="73"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="42"/>
        <location filename="../../ui/round/words.py" line="74"/>
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="45"/>
        <source>Round</source>
        <comment>the name of the spreadsheet&apos;s sheet</comment>
        <translation>Обход</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="53"/>
        <source>Round sheet %1 — %2</source>
        <translation>Обходной лист %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="55"/>
        <source>Round %1 — %2</source>
        <translation>Обход %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="514"/>
        <location filename="../../ui/round/page.py" line="553"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="519"/>
        <source>Writing the Excel file…</source>
        <translation>Записываю файл Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="533"/>
        <location filename="../../ui/round/page.py" line="624"/>
        <source>Saved to %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="539"/>
        <source>Stopped; nothing was changed.</source>
        <translation>Остановлено; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="89"/>
        <source>The file was not found.</source>
        <translation>Файл не найден.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="90"/>
        <source>This file is not an Excel workbook (.xlsx), or it is damaged. Nothing was changed.</source>
        <translation>Это не книга Excel (.xlsx), или файл повреждён. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="93"/>
        <source>This workbook is not a round sheet made by this app. Nothing was changed.</source>
        <translation>Эта книга — не обходной лист, выгруженный из этой программы. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="96"/>
        <source>This round sheet was made by another version of the app. Nothing was changed.</source>
        <translation>Этот обходной лист сделан другой версией программы. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="99"/>
        <source>This round sheet is for another building (%1). Nothing was changed.</source>
        <translation>Этот обходной лист относится к другому дому (%1). Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="102"/>
        <source>This round sheet is for another month (%1); export a new one. Nothing was changed.</source>
        <translation>Этот обходной лист за другой месяц (%1); выгрузите новый. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="556"/>
        <source>Reading the Excel file…</source>
        <translation>Читаю файл Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="65"/>
        <source>Readings for %1. Printed %2.</source>
        <translation>Показания за %1. Напечатано %2.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="75"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="77"/>
        <source>Entrance %1</source>
        <translation>Подъезд %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="78"/>
        <source>Floor %1</source>
        <translation>Этаж %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="79"/>
        <source>Page %1</source>
        <translation>Стр. %1</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="80"/>
        <source>Readings taken by: ______________   Date: ____________</source>
        <translation>Показания снял: ______________   Дата: ____________</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="597"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="602"/>
        <source>Making the round sheet…</source>
        <translation>Готовлю обходной лист…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="647"/>
        <source>Printing…</source>
        <translation>Печатаю…</translation>
    </message>
    <message>
        <location filename="../../ui/round/page.py" line="654"/>
        <source>Sent to the printer: %1 pages.</source>
        <translation>Отправлено на печать страниц: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="22"/>
        <source>Taken from the file: %1. Already entered with the same value: %2. Empty: %3. Refused: %4.</source>
        <translation>Взято из файла: %1. Уже было введено с тем же значением: %2. Пустых: %3. Не принято: %4.</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="32"/>
        <source>Of the readings taken, %1 are much more than usual; please check them.</source>
        <translation>Из взятых показаний %1 намного больше обычного — проверьте их.</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="42"/>
        <source>This meter is not in the building.</source>
        <translation>Этого счётчика нет в доме.</translation>
    </message>
    <message>
        <location filename="../../ui/round/import_report.py" line="44"/>
        <source>This meter and zone appear twice in the file.</source>
        <translation>Этот счётчик и зона встречаются в файле дважды.</translation>
    </message>
</context>
<context>
    <name>RoundWindow</name>
    <message>
        <location filename="../../ui/round/words.py" line="135"/>
        <source>Readings are taken until %1: %n day(s) left.</source>
        <translation>Показания принимаются до %1. Осталось дней: %n.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="139"/>
        <source>Today, %1, is the last day readings are taken.</source>
        <translation>Сегодня, %1, — последний день приёма показаний.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="146"/>
        <source>Readings were taken until %1; the next, from %2 to %3 — in %n day(s).</source>
        <translation>Показания принимались до %1; следующие — с %2 по %3 (дней до начала: %n).</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="158"/>
        <source>Those typed by then and waiting to be sent are accepted until %1.</source>
        <translation>Набранные до этого дня и ждущие отправки принимаются до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="165"/>
        <source>Readings are taken from %1 to %2 — in %n day(s).</source>
        <translation>Показания принимаются с %1 по %2 (дней до начала: %n).</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="172"/>
        <source>The supplier does not accept readings now: what you type is kept here, not sent.</source>
        <translation>Сейчас поставщик показания не принимает: набранное хранится здесь и не отправляется.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="182"/>
        <source>an earlier day</source>
        <translation>прежний день</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="190"/>
        <source>Kept here: %n reading(s) typed on %1, outside the window. Sent with that date, they will not be accepted.</source>
        <translation>Хранятся здесь показания, набранные %1 вне дней приёма (всего: %n). С этой датой их не примут.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="202"/>
        <source>Send %n reading(s) typed on %1 as taken today, %2?</source>
        <translation>Отправить показания, набранные %1 (всего: %n), как снятые сегодня, %2?</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="208"/>
        <source>The supplier judges a reading by the day it was taken. Do this only if the meters still show these values today: look at them again, or be sure nothing was used since. Otherwise keep them and type what the meters show now.</source>
        <translation>Поставщик судит о показании по дню, когда оно снято. Делайте так, только если счётчики и сегодня показывают эти значения: посмотрите на них ещё раз или убедитесь, что с тех пор ничего не израсходовано. Иначе оставьте их и наберите то, что счётчики показывают сейчас.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="220"/>
        <source>Send %n reading(s) dated as typed, %1?</source>
        <translation>Отправить показания (всего: %n) с датой набора, %1?</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="224"/>
        <source>The supplier does not accept readings taken on those days: they will come back as not accepted, and the meters will have to be read and typed again.</source>
        <translation>Поставщик не принимает показания, снятые в эти дни: они вернутся как непринятые, и счётчики придётся переписать и набрать заново.</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="234"/>
        <source>Kept here, not sent: typed outside the window</source>
        <translation>Хранится здесь, не отправлено: набрано вне дней приёма</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="235"/>
        <source>Kept here, not sent: typed on %1, outside the window</source>
        <translation>Хранится здесь, не отправлено: набрано %1, вне дней приёма</translation>
    </message>
    <message>
        <location filename="../../ui/round/words.py" line="242"/>
        <source>Kept on this computer and not sent, since the supplier does not accept readings now: %n reading(s).</source>
        <translation>Хранятся на этом компьютере и не отправлены, так как поставщик сейчас не принимает показания. Всего показаний: %n.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/settings.py" line="56"/>
        <source>Personal data and settings</source>
        <translation>Личные данные и настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="59"/>
        <source>&lt;h2&gt;Personal data and settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Личные данные и настройки&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="61"/>
        <source>Who is logged in</source>
        <translation>Кто вошёл</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="96"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="120"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="120"/>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="121"/>
        <source>P&amp;hone:</source>
        <translation>Т&amp;елефон:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="121"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="128"/>
        <source>Save &amp;contacts</source>
        <translation>Сохранить &amp;контакты</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="128"/>
        <source>Save contacts</source>
        <translation>Сохранить контакты</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="129"/>
        <source>Contacts result</source>
        <translation>Результат: контакты</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="160"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="165"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="165"/>
        <source>Current password</source>
        <translation>Текущий пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="166"/>
        <source>Ne&amp;w password:</source>
        <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="166"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="167"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите его:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="167"/>
        <source>Repeat the new password</source>
        <translation>Повторите новый пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="169"/>
        <source>Change &amp;password</source>
        <translation>Сменить п&amp;ароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="169"/>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="171"/>
        <source>Password result</source>
        <translation>Результат: пароль</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="176"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="180"/>
        <source>New lo&amp;gin:</source>
        <translation>Новый &amp;логин:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="180"/>
        <source>New login</source>
        <translation>Новый логин</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="181"/>
        <source>Pa&amp;ssword:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="181"/>
        <source>Password to confirm</source>
        <translation>Пароль для подтверждения</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="182"/>
        <source>Change l&amp;ogin</source>
        <translation>Сменить лог&amp;ин</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="182"/>
        <source>Change login</source>
        <translation>Сменить логин</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="183"/>
        <source>Login result</source>
        <translation>Результат: логин</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="188"/>
        <location filename="../../ui/settings.py" line="193"/>
        <source>Electronic receipts</source>
        <translation>Электронные квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="192"/>
        <source>Send the monthly receipt by e-mail &amp;instead of paper</source>
        <translation>Присылать ежемесячную квитанцию по электронной почте вместо &amp;бумажной</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="195"/>
        <source>Accoun&amp;t:</source>
        <translation>Лицевой &amp;счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="195"/>
        <source>Account for receipts</source>
        <translation>Лицевой счёт для квитанций</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="197"/>
        <source>Receipts to e-&amp;mail:</source>
        <translation>Квитанции на по&amp;чту:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="197"/>
        <source>E-mail for receipts</source>
        <translation>Почта для квитанций</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="198"/>
        <source>Save receipts</source>
        <translation>Сохранить квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="199"/>
        <source>Receipts result</source>
        <translation>Результат: квитанции</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="204"/>
        <source>Accounts of this login</source>
        <translation>Лицевые счета этого логина</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="436"/>
        <source>No account with this number, surname and access code. Check them on your receipt.</source>
        <translation>Нет лицевого счёта с таким номером, фамилией и кодом доступа. Сверьте их с квитанцией.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="208"/>
        <source>Add another account (your parents&apos; flat, a dacha): its number, surname and the access code printed on its receipt.</source>
        <translation>Добавьте другой лицевой счёт (квартиру родителей, дачу): его номер, фамилию и код доступа, напечатанный на его квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="134"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="138"/>
        <source>The supplier can remind you when the time to send readings begins and two days before it ends, if a meter has no reading for the month yet.</source>
        <translation>Поставщик может напомнить, когда начинается приём показаний и за два дня до его окончания, если по счётчику ещё нет показаний за этот месяц.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="144"/>
        <location filename="../../ui/settings.py" line="145"/>
        <source>Remind me by e-mail</source>
        <translation>Напоминать по электронной почте</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="146"/>
        <source>Remind me by text message (SMS)</source>
        <translation>Напоминать SMS-сообщением</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="147"/>
        <source>Remind me by SMS</source>
        <translation>Напоминать по SMS</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="149"/>
        <source>Why a reminder cannot be chosen</source>
        <translation>Почему напоминание нельзя выбрать</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="154"/>
        <source>Save reminders</source>
        <translation>Сохранить напоминания</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="155"/>
        <source>Reminders result</source>
        <translation>Результат сохранения напоминаний</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="215"/>
        <source>Account num&amp;ber:</source>
        <translation>Но&amp;мер лицевого счёта:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="215"/>
        <source>Account number to add</source>
        <translation>Номер добавляемого лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="216"/>
        <source>Surname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="216"/>
        <source>Surname on the account</source>
        <translation>Фамилия владельца счёта</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="220"/>
        <source>Access code:</source>
        <translation>Код доступа:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="220"/>
        <source>Access code of the account to add</source>
        <translation>Код доступа добавляемого счёта</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="222"/>
        <source>A&amp;dd the account</source>
        <translation>&amp;Добавить лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="222"/>
        <source>Add the account</source>
        <translation>Добавить лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="224"/>
        <source>Remove account:</source>
        <translation>Убрать счёт:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="224"/>
        <source>Account to remove</source>
        <translation>Какой счёт убрать</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="226"/>
        <source>Remove &amp;from this login</source>
        <translation>Убрать из этого ло&amp;гина</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="226"/>
        <location filename="../../ui/settings.py" line="633"/>
        <source>Remove the account</source>
        <translation>Убрать лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="228"/>
        <source>Accounts result</source>
        <translation>Результат: лицевые счета</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="233"/>
        <source>Language and text</source>
        <translation>Язык и текст</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="236"/>
        <source>As in the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="246"/>
        <location filename="../../ui/settings.py" line="247"/>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="250"/>
        <source>Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="250"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="251"/>
        <source>Te&amp;xt size:</source>
        <translation>Ра&amp;змер текста:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="251"/>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="256"/>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="258"/>
        <location filename="../../ui/settings.py" line="259"/>
        <source>Start with the system, minimised</source>
        <translation>Запускать вместе с системой, в свёрнутом виде</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="260"/>
        <source>Starting result</source>
        <translation>Результат настройки запуска</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="264"/>
        <source>The app then waits in the tray and reminds you when readings are due.</source>
        <translation>Тогда программа ждёт в области уведомлений и напоминает, когда нужно передать показания.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="268"/>
        <source>Starting with the system is not supported on macOS yet.</source>
        <translation>Запуск вместе с системой в macOS пока не поддерживается.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="275"/>
        <source>Help from the supplier</source>
        <translation>Помощь поставщика</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="279"/>
        <source>If something does not work, save a support report and send it to the supplier&apos;s help desk. It holds the app&apos;s log and versions, never your password.</source>
        <translation>Если что-то не работает, сохраните отчёт для поддержки и отправьте его в службу поддержки поставщика. В нём журнал приложения и версии, но никогда — ваш пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="287"/>
        <source>Save a report for the help des&amp;k…</source>
        <translation>Сохранить отчёт для поддер&amp;жки…</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="288"/>
        <location filename="../../ui/settings.py" line="371"/>
        <source>Save a support report</source>
        <translation>Сохранить отчёт для поддержки</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="292"/>
        <source>Support report result</source>
        <translation>Результат сохранения отчёта</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="304"/>
        <source>Login: %1</source>
        <translation>Логин: %1</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="341"/>
        <source>To be reminded by e-mail, first add an e-mail under Contacts.</source>
        <translation>Чтобы получать напоминания по почте, сначала укажите адрес электронной почты в разделе «Контакты».</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="347"/>
        <source>To be reminded by SMS, first add a phone number under Contacts.</source>
        <translation>Чтобы получать напоминания по SMS, сначала укажите номер телефона в разделе «Контакты».</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="371"/>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="381"/>
        <location filename="../../ui/settings.py" line="404"/>
        <location filename="../../ui/settings.py" line="458"/>
        <location filename="../../ui/settings.py" line="484"/>
        <source>Please wait…</source>
        <translation>Подождите…</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="386"/>
        <source>Saved to %1. Please send this file to the help desk.</source>
        <translation>Сохранено в %1. Отправьте этот файл в службу поддержки.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="417"/>
        <source>A password needs at least 8 characters.</source>
        <translation>В пароле должно быть не меньше 8 символов.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="419"/>
        <source>A login is 3 to 64 Latin letters, digits, dots, dashes or underscores.</source>
        <translation>Логин — от 3 до 64 латинских букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="421"/>
        <source>This does not look like an e-mail address.</source>
        <translation>Это не похоже на адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="423"/>
        <source>The phone number should be digits, like +79161234567.</source>
        <translation>Телефон пишется цифрами, например +79161234567.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="425"/>
        <source>An account number is digits only.</source>
        <translation>Номер лицевого счёта состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="426"/>
        <source>Please check what you typed.</source>
        <translation>Проверьте, что вы ввели.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="429"/>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="430"/>
        <source>This login is taken. Please choose another.</source>
        <translation>Этот логин занят. Выберите другой.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="432"/>
        <source>A login cannot be digits only: it would look like an account number. Please add a letter.</source>
        <translation>Логин не может состоять из одних цифр: его можно спутать с номером лицевого счёта. Добавьте букву.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="438"/>
        <source>This is the only account of this login; it cannot be removed.</source>
        <translation>Это единственный лицевой счёт логина, его нельзя убрать.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="439"/>
        <source>Give an e-mail address for the receipts.</source>
        <translation>Укажите адрес электронной почты для квитанций.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="449"/>
        <location filename="../../ui/settings.py" line="482"/>
        <source>Nothing has changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="488"/>
        <source>Saved: the supplier will remind you when readings are due.</source>
        <translation>Сохранено: поставщик напомнит, когда нужно передать показания.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="490"/>
        <source>Saved: no reminders will be sent.</source>
        <translation>Сохранено: напоминания присылаться не будут.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="496"/>
        <source>There is no e-mail in your profile. Add one under Contacts first.</source>
        <translation>В вашем профиле нет адреса электронной почты. Сначала укажите его в разделе «Контакты».</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="498"/>
        <source>There is no phone number in your profile. Add one under Contacts first.</source>
        <translation>В вашем профиле нет номера телефона. Сначала укажите его в разделе «Контакты».</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="503"/>
        <source>Reminders are set on the supplier&apos;s server, so this needs a connection. Please try again when online.</source>
        <translation>Напоминания настраиваются на сервере поставщика, поэтому нужно подключение. Попробуйте ещё раз, когда связь появится.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="527"/>
        <source>This could not be changed: the system&apos;s list of programs to start is not writable.</source>
        <translation>Не удалось изменить: в список программ автозапуска системы нельзя записать.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="534"/>
        <source>The app will start with the system, minimised to the tray.</source>
        <translation>Программа будет запускаться вместе с системой, свёрнутой в область уведомлений.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="536"/>
        <source>The app will not start with the system.</source>
        <translation>Программа не будет запускаться вместе с системой.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="559"/>
        <source>The new password and its repetition differ.</source>
        <translation>Новый пароль и его повтор не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="569"/>
        <source>The password has been changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="578"/>
        <source>The login has been changed: log in with it from now on.</source>
        <translation>Логин изменён: теперь входите с ним.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="598"/>
        <source>Saved: receipts will come by e-mail.</source>
        <translation>Сохранено: квитанции будут приходить по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="600"/>
        <source>Saved: receipts will come on paper.</source>
        <translation>Сохранено: квитанции будут приходить на бумаге.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="609"/>
        <source>Type the account number, the surname on it and the access code from its receipt.</source>
        <translation>Введите номер лицевого счёта, фамилию владельца и код доступа из его квитанции.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="622"/>
        <source>The account has been added; its data is being loaded.</source>
        <translation>Лицевой счёт добавлен, его данные загружаются.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="630"/>
        <source>Remove account %1 from this login? You can add it again later.</source>
        <translation>Убрать лицевой счёт %1 из этого логина? Позже его можно добавить снова.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="638"/>
        <source>The account has been removed from this login.</source>
        <translation>Лицевой счёт убран из этого логина.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="124"/>
        <source>&amp;Your current password:</source>
        <translation>Ва&amp;ш текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="111"/>
        <source>Forget that change</source>
        <translation>Забыть это изменение</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="100"/>
        <source>A new password is sent here if you forget yours. To change them, type your current password; a notice goes to the previous e-mail and phone.</source>
        <translation>Сюда придёт новый пароль, если вы забудете свой. Чтобы изменить контакты, введите текущий пароль; уведомление уйдёт на прежние эл. почту и телефон.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="468"/>
        <source>Changing the e-mail or phone needs a connection to the server. Please try again when online.</source>
        <translation>Для изменения эл. почты или телефона нужна связь с сервером. Пожалуйста, попробуйте ещё раз, когда появится связь.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="453"/>
        <source>Type your current password to change the e-mail or phone.</source>
        <translation>Введите текущий пароль, чтобы изменить эл. почту или телефон.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="461"/>
        <source>Saved. A notice went to your previous e-mail/phone.</source>
        <translation>Сохранено. Уведомление отправлено на прежние эл. почту/телефон.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="126"/>
        <source>Current password to change the contacts</source>
        <translation>Текущий пароль для изменения контактов</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="311"/>
        <source>A change of your e-mail or phone made earlier was not saved: the server now asks for your password. It is filled in below: type your current password and press Save contacts, or forget that change.</source>
        <translation>Сделанное ранее изменение эл. почты или телефона не сохранено: теперь сервер спрашивает пароль. Оно заполнено ниже: введите текущий пароль и нажмите «Сохранить контакты» или забудьте это изменение.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="107"/>
        <source>Contact change not saved</source>
        <translation>Несохранённое изменение контактов</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="549"/>
        <source>That change is forgotten.</source>
        <translation>Это изменение забыто.</translation>
    </message>
    <message>
        <location filename="../../ui/settings.py" line="111"/>
        <source>Forget the change not saved</source>
        <translation>Забыть несохранённое изменение</translation>
    </message>
</context>
<context>
    <name>Starting</name>
    <message>
        <location filename="../../ui/starting.py" line="11"/>
        <source>Personal account</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../ui/starting.py" line="12"/>
        <source>Starting</source>
        <translation>Запуск</translation>
    </message>
    <message>
        <location filename="../../ui/startup.py" line="81"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="67"/>
        <location filename="../../ui/starting.py" line="13"/>
        <source>Starting the demo server…</source>
        <translation>Запускаем демонстрационный сервер…</translation>
    </message>
    <message>
        <location filename="../../ui/application.py" line="88"/>
        <source>The demo server could not start: %1</source>
        <translation>Не удалось запустить демонстрационный сервер: %1</translation>
    </message>
    <message>
        <location filename="../../ui/starting.py" line="17"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../ui/tray.py" line="79"/>
        <location filename="../../ui/tray.py" line="81"/>
        <source>Personal account</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="82"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Закрыть программу</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="137"/>
        <source>Meters without a reading this month: %1.</source>
        <translation>Счётчиков без показаний за этот месяц: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="139"/>
        <source>Time to send meter readings</source>
        <translation>Пора передать показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="140"/>
        <source>Readings are taken from %1 to %2.</source>
        <translation>Показания принимаются с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="143"/>
        <source>Two days left to send meter readings</source>
        <translation>Осталось два дня, чтобы передать показания счётчиков</translation>
    </message>
    <message>
        <location filename="../../ui/tray.py" line="144"/>
        <source>Readings are taken until %1.</source>
        <translation>Показания принимаются до %1 включительно.</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../ui/widgets.py" line="132"/>
        <source>Clear the field</source>
        <translation>Очистить поле</translation>
    </message>
</context>
<context>
    <name>WindowBanner</name>
    <message>
        <location filename="../../ui/round/banner.py" line="20"/>
        <source>Submission window</source>
        <translation>Приём показаний</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="25"/>
        <source>When readings are taken</source>
        <translation>Когда принимаются показания</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="29"/>
        <source>Readings kept on this computer</source>
        <translation>Показания, хранящиеся на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="30"/>
        <source>Confirm as taken &amp;today…</source>
        <translation>Подтвердить как снятые &amp;сегодня…</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="31"/>
        <source>Confirm the kept readings as taken today</source>
        <translation>Подтвердить хранящиеся показания как снятые сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="33"/>
        <source>Send dated as t&amp;yped…</source>
        <translation>Отправить с датой на&amp;бора…</translation>
    </message>
    <message>
        <location filename="../../ui/round/banner.py" line="34"/>
        <source>Send the kept readings dated the day they were typed</source>
        <translation>Отправить хранящиеся показания с датой, когда они набраны</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <location filename="../../ui/window_words.py" line="35"/>
        <source>Readings are taken from %1 to %2.</source>
        <translation>Показания принимаются с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="43"/>
        <source>That is today.</source>
        <translation>Это сегодня.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="45"/>
        <source>That is tomorrow.</source>
        <translation>Это завтра.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="46"/>
        <source>That is in %n days.</source>
        <translation>Дней до начала: %n.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="52"/>
        <source>Today, %1, is the last day to send readings.</source>
        <translation>Сегодня, %1, — последний день передачи показаний.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="56"/>
        <source>Readings are taken until %1.</source>
        <translation>Показания принимаются до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="60"/>
        <source>Tomorrow is the last day.</source>
        <translation>Завтра — последний день.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="63"/>
        <source>%n days left.</source>
        <translation>Осталось дней: %n.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="68"/>
        <source>This month&apos;s readings were taken until %1.</source>
        <translation>В этом месяце показания принимались до %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="72"/>
        <source>The next ones are taken from %1 to %2.</source>
        <translation>Следующие — с %1 по %2.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="82"/>
        <source>The supplier does not accept readings today.</source>
        <translation>Сегодня поставщик не принимает показания.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="88"/>
        <source>Saving is possible from %1.</source>
        <translation>Сохранить можно будет с %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="94"/>
        <source>Verification is due on %1: in %n days.</source>
        <translation>Поверка нужна %1 (осталось дней: %n).</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="106"/>
        <source>The verification date, %1, has passed.</source>
        <translation>Срок поверки, %1, прошёл.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="109"/>
        <source>Please order a verification of this meter.</source>
        <translation>Пожалуйста, закажите поверку этого счётчика.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="113"/>
        <source>Until then the supplier does not accept its readings.</source>
        <translation>До поверки поставщик не принимает его показания.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="120"/>
        <source>Verification is due today, %1.</source>
        <translation>Поверка нужна сегодня, %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="124"/>
        <source>Verification is due tomorrow, %1.</source>
        <translation>Поверка нужна завтра, %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="129"/>
        <source>Please order it in advance.</source>
        <translation>Пожалуйста, закажите её заранее.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="131"/>
        <source>Next verification: %1.</source>
        <translation>Следующая поверка: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="136"/>
        <source>Saving is possible once the meter is verified.</source>
        <translation>Сохранить можно будет после поверки счётчика.</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="142"/>
        <source>the meter&apos;s verification date had passed</source>
        <translation>срок поверки счётчика прошёл</translation>
    </message>
    <message>
        <location filename="../../ui/window_words.py" line="143"/>
        <source>no reading arrived in time</source>
        <translation>показания не пришли вовремя</translation>
    </message>
</context>
</TS>
