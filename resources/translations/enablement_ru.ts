<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../enablement/ui/actions.py" line="82" />
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="83" />
        <source>Import &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="84" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="85" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="86" />
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="87" />
        <source>Copy &amp;text</source>
        <translation>Копировать &amp;текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="88" />
        <source>Copy &amp;link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="89" />
        <source>&amp;Open original</source>
        <translation>&amp;Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="90" />
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="91" />
        <source>&amp;Previous slide or page</source>
        <translation>&amp;Предыдущий слайд или страница</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="92" />
        <source>&amp;Next slide or page</source>
        <translation>&amp;Следующий слайд или страница</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="93" />
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="94" />
        <source>&amp;Browse</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="95" />
        <source>&amp;Voting</source>
        <translation>&amp;Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="96" />
        <source>&amp;Group results by item</source>
        <translation>&amp;Группировать результаты по документам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="97" />
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="98" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="99" />
        <source>Show &amp;welcome</source>
        <translation>Показать &amp;приветствие</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="100" />
        <source>&amp;About Enablement Hub</source>
        <translation>&amp;О программе Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="132" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="133" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="134" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>BallotCard</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="65" />
        <source>Draft for review</source>
        <translation>Черновик на оценку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="67" />
        <source>Upcoming product</source>
        <translation>Будущий продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="69" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="78" />
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/board.py" line="104" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n голос</numerusform><numerusform>%n голоса</numerusform><numerusform>%n голосов</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="113" />
        <source>You: {0}</source>
        <translation>Вы: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="115" />
        <source>Your vote is asked</source>
        <translation>Нужен ваш голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="123" />
        <source>launch {0}</source>
        <translation>запуск {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="146" />
        <source>⏱ {0} left</source>
        <translation>⏱ осталось {0}</translation>
    </message>
</context>
<context>
    <name>BallotEditorDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="63" />
        <source>Edit ballot</source>
        <translation>Изменить голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="63" />
        <source>New ballot</source>
        <translation>Новое голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="68" />
        <source>e.g. Router X1 launch deck: ready for clients?</source>
        <translation>например: презентация запуска Router X1 — готова для клиентов?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="69" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="71" />
        <source>Would you sell with this? What is missing?</source>
        <translation>Будете продавать с этим? Чего не хватает?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="72" />
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="75" />
        <source>A draft in the library</source>
        <translation>Черновик из библиотеки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="76" />
        <source>An upcoming product</source>
        <translation>Будущий продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="79" />
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="93" />
        <source>Planned launch</source>
        <translation>Планируемый запуск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="101" />
        <source>Attach files…</source>
        <translation>Приложить файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="103" />
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="104" />
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="105" />
        <source>Target segment</source>
        <translation>Целевой сегмент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="106" />
        <source>Planned price</source>
        <translation>Планируемая цена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="119" />
        <source>Score 1–5</source>
        <translation>Оценка 1–5</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="120" />
        <source>Custom options…</source>
        <translation>Свои варианты…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="122" />
        <source>Option A | Option B | Option C</source>
        <translation>Вариант А | Вариант Б | Вариант В</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="130" />
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="133" />
        <source>Opens later, at</source>
        <translation>Откроется позже, в</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="142" />
        <source>Closes at</source>
        <translation>Закрывается</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="151" />
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="153" />
        <source>Hide totals until close (against herding)</source>
        <translation>Скрывать итоги до закрытия (против стадного эффекта)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="155" />
        <source>Negative votes must give a reason</source>
        <translation>Голос «против» — только с причиной</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="160" />
        <source>Everyone; or teams: North, South</source>
        <translation>Все; или команды: Север, Юг</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="161" />
        <source>Audience</source>
        <translation>Кто голосует</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="171" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="171" />
        <source>Open ballot</source>
        <translation>Открыть голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="221" />
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="276" />
        <source>Give the ballot a title.</source>
        <translation>Дайте голосованию название.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="279" />
        <source>Custom options need at least two choices, separated by |.</source>
        <translation>Нужно хотя бы два варианта через |.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="83" />
        <source>← Board</source>
        <translation>← К доске</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="92" />
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="93" />
        <source>Close voting</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="94" />
        <source>Record decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="128" />
        <source>Slides and sections · comments heat map</source>
        <translation>Слайды и разделы · карта комментариев</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="147" />
        <source>Comment on this slide: what would you change?</source>
        <translation>Комментарий к слайду: что бы вы изменили?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="148" />
        <source>Comment</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="174" />
        <source>Your vote</source>
        <translation>Ваш голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="181" />
        <source>Why? e.g. “clients will ask about …”</source>
        <translation>Почему? Например: «клиенты спросят про …»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="189" />
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388" />
        <source>Vote</source>
        <translation>Проголосовать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="200" />
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="228" />
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="229" />
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="230" />
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="231" />
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="261" />
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="262" />
        <source>Asked by {0} · audience: {1}</source>
        <translation>Спрашивает {0} · голосуют: {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="264" />
        <source>closes {0}</source>
        <translation>закрывается {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="266" />
        <source>totals hidden until close</source>
        <translation>итоги скрыты до закрытия</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="290" />
        <source>Target segment</source>
        <translation>Целевой сегмент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="290" />
        <source>Planned price</source>
        <translation>Планируемая цена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="292" />
        <source>Planned launch</source>
        <translation>Планируемый запуск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="310" />
        <source>{0} · comments heat map</source>
        <translation>{0} · карта комментариев</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="317" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/ballot_page.py" line="325" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n комментарий</numerusform><numerusform>%n комментария</numerusform><numerusform>%n комментариев</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="345" />
        <source>Comments · {0}</source>
        <translation>Комментарии · {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388" />
        <source>Change vote</source>
        <translation>Изменить голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="391" />
        <source>You voted “{0}” ({1}).</source>
        <translation>Вы проголосовали «{0}» ({1}).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="394" />
        <source>This ballot is for {0}; your team is {1}.</source>
        <translation>Это голосование для: {0}; ваша команда — {1}.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="395" />
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="399" />
        <source>You have not voted yet.</source>
        <translation>Вы ещё не голосовали.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="401" />
        <source>You did not vote.</source>
        <translation>Вы не голосовали.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="406" />
        <source>{0} of {1} voted · turnout {2:.0%}</source>
        <translation>проголосовали {0} из {1} · явка {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="410" />
        <source>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</source>
        <translation>Итоги скрыты до закрытия, чтобы никто не голосовал вслед за большинством.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="468" />
        <source>Open · {0} left</source>
        <translation>Открыто · осталось {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="481" />
        <source>Pick an option first.</source>
        <translation>Сначала выберите вариант.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="176" />
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="177" />
        <source>Closed, awaiting decision</source>
        <translation>Закрыты, ждут решения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="178" />
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="226" />
        <source>No open ballots. Marketing asks here before a release.</source>
        <translation>Открытых голосований нет. Маркетинг спрашивает здесь перед выпуском.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="227" />
        <source>Nothing waiting for a decision.</source>
        <translation>Решения ничего не ждёт.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="228" />
        <source>No decisions yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="229" />
        <source>All products</source>
        <translation>Все продукты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="230" />
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="287" />
        <source>%n item(s)</source>
        <translation><numerusform>%n документ</numerusform><numerusform>%n документа</numerusform><numerusform>%n документов</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="290" />
        <source>Battle cards by competitor</source>
        <translation>Боевые карточки по конкурентам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="294" />
        <source>Decks</source>
        <translation>Презентации</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="295" />
        <source>Catalogs and price lists</source>
        <translation>Каталоги и прайс-листы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="296" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="303" />
        <source>Show more (%1 of %2 shown)</source>
        <translation>Показать ещё (показано %1 из %2)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="311" />
        <source>Nothing matches these filters.</source>
        <translation>Под эти фильтры ничего не подходит.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="349" />
        <source>%n card(s)</source>
        <translation><numerusform>%n карточка</numerusform><numerusform>%n карточки</numerusform><numerusform>%n карточек</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="364" />
        <source>and %n more</source>
        <translation><numerusform>и ещё %n</numerusform><numerusform>и ещё %n</numerusform><numerusform>и ещё %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="414" />
        <source>%n slide(s)</source>
        <translation><numerusform>%n слайд</numerusform><numerusform>%n слайда</numerusform><numerusform>%n слайдов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="416" />
        <source>%n page(s)</source>
        <translation><numerusform>%n страница</numerusform><numerusform>%n страницы</numerusform><numerusform>%n страниц</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="418" />
        <source>%n row(s)</source>
        <translation><numerusform>%n строка</numerusform><numerusform>%n строки</numerusform><numerusform>%n строк</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="420" />
        <source>%n section(s)</source>
        <translation><numerusform>%n раздел</numerusform><numerusform>%n раздела</numerusform><numerusform>%n разделов</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="426" />
        <source>needs review</source>
        <translation>нужна проверка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="467" />
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="468" />
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="469" />
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="473" />
        <source>Recently updated</source>
        <translation>Недавно обновлённые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="474" />
        <source>Title</source>
        <translation>По названию</translation>
    </message>
</context>
<context>
    <name>CorrectionBanner</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="69" />
        <source>Showing results for %1 — search for %2 instead</source>
        <translation>Показаны результаты для %1 — искать %2 как есть</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="296" />
        <source>Decision on “{0}”</source>
        <translation>Решение по «{0}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="301" />
        <source>{0} vote(s) — {1}</source>
        <translation>голосов: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="313" />
        <source>Go publishes the draft: it becomes searchable for everyone.</source>
        <translation>«Да» публикует черновик: его смогут найти все.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="317" />
        <source>Why? Voters read this with the outcome.</source>
        <translation>Почему? Участники увидят это вместе с итогом.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="326" />
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="342" />
        <source>Choose an outcome.</source>
        <translation>Выберите итог.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="344" />
        <source>Write the rationale: voters see why.</source>
        <translation>Напишите обоснование: участники увидят, почему.</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../enablement/ui/facets.py" line="30" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="31" />
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="32" />
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="33" />
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="34" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="202" />
        <source>Show fewer</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="204" />
        <source>Show all %1</source>
        <translation>Показать все (%1)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="209" />
        <source>Filters appear here once a search finds something.</source>
        <translation>Фильтры появятся, когда поиск что-нибудь найдёт.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="230" />
        <source>FILTERS</source>
        <translation>ФИЛЬТРЫ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="231" />
        <source>Clear all filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="186" />
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="189" />
        <source>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</source>
        <translation>Документы (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="196" />
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="227" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="248" />
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="72" />
        <source>Importing %1 of %2</source>
        <translation>Импорт %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="76" />
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="90" />
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="95" />
        <source>%n new item(s)</source>
        <translation><numerusform>%n новый документ</numerusform><numerusform>%n новых документа</numerusform><numerusform>%n новых документов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="96" />
        <source>%n updated</source>
        <translation><numerusform>%n обновлён</numerusform><numerusform>%n обновлено</numerusform><numerusform>%n обновлено</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="97" />
        <source>%n unchanged</source>
        <translation><numerusform>%n без изменений</numerusform><numerusform>%n без изменений</numerusform><numerusform>%n без изменений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="100" />
        <source>%n rejected</source>
        <translation><numerusform>%n отклонён</numerusform><numerusform>%n отклонено</numerusform><numerusform>%n отклонено</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="106" />
        <source>%1 slides, pages, rows and sections are searchable now (%2 s).</source>
        <translation>Теперь можно искать по %1 слайдам, страницам, строкам и разделам (%2 с).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="109" />
        <source>The import was cancelled.</source>
        <translation>Импорт был отменён.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="116" />
        <source>These files were not imported:</source>
        <translation>Эти файлы не импортированы:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="119" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="119" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19" />
        <source>Deck</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19" />
        <source>Decks</source>
        <translation>Презентации</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20" />
        <source>Battle card</source>
        <translation>Боевая карточка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20" />
        <source>Battle cards</source>
        <translation>Боевые карточки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21" />
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21" />
        <source>Catalogs</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22" />
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22" />
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="30" />
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="31" />
        <source>Weak points</source>
        <translation>Слабые места</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="32" />
        <source>How we win</source>
        <translation>Как мы выигрываем</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="33" />
        <source>Landmines</source>
        <translation>Вопросы-ловушки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="34" />
        <source>Objections and answers</source>
        <translation>Возражения и ответы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="35" />
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="36" />
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="37" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="44" />
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="45" />
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="46" />
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="47" />
        <source>Unknown</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="54" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="55" />
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="56" />
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="65" />
        <source>Slide %1 of %2</source>
        <translation>Слайд %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="66" />
        <source>Slide %1</source>
        <translation>Слайд %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="69" />
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="70" />
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="72" />
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="76" />
        <source>Section: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="77" />
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="78" />
        <source>Whole item</source>
        <translation>Документ целиком</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="219" />
        <source>The library could not be opened:</source>
        <translation>Не удалось открыть библиотеку:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="380" />
        <source>Import finished: %1 new, %2 updated, %3 rejected</source>
        <translation>Импорт завершён: новых %1, обновлено %2, отклонено %3</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="448" />
        <source>About Enablement Hub</source>
        <translation>О программе Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="449" />
        <source>Enablement Hub %1 — search battle cards, decks and catalogs offline.</source>
        <translation>Enablement Hub %1 — поиск по боевым карточкам, презентациям и каталогам без интернета.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="506" />
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="508" />
        <source>Preparing the library…</source>
        <translation>Готовим библиотеку…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="510" />
        <source>On the first run this builds the demo library; it takes a few seconds.</source>
        <translation>При первом запуске создаётся демо-библиотека; это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="512" />
        <source>Voting is not available in this build.</source>
        <translation>Голосования недоступны в этой сборке.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="129" />
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="130" />
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="180" />
        <location filename="../../enablement/ui/preview_pane.py" line="410" />
        <source>Select a result to preview it here.</source>
        <translation>Выберите результат, чтобы посмотреть его здесь.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="203" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="217" />
        <source>This item cannot be previewed: %1</source>
        <translation>Этот документ нельзя показать: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="304" />
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="305" />
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="309" />
        <source>review was due %1</source>
        <translation>проверить нужно было до %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="344" />
        <source>Speaker notes:</source>
        <translation>Заметки докладчика:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="358" />
        <source>Opening %1…</source>
        <translation>Открываем %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="365" />
        <source>Text copied</source>
        <translation>Текст скопирован</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="375" />
        <source>Link copied: %1</source>
        <translation>Ссылка скопирована: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="397" />
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="398" />
        <source>Open the file in its application (Enter)</source>
        <translation>Открыть файл в его программе (Enter)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="399" />
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="400" />
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="401" />
        <source>Copy a link that opens the app at this slide, page or row</source>
        <translation>Скопировать ссылку, которая откроет приложение на этом слайде, странице или строке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="402" />
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="361" />
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="365" />
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="370" />
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="372" />
        <source>Team or region, e.g. North</source>
        <translation>Команда или регион, например: Север</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="373" />
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="374" />
        <source>Changing the role needs an admin once one exists.</source>
        <translation>Сменить роль сможет администратор, когда он появится.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="358" />
        <source>Needs review</source>
        <translation>Нужна проверка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="377" />
        <source>Hide %n more hit(s)</source>
        <translation><numerusform>Скрыть ещё %n совпадение</numerusform><numerusform>Скрыть ещё %n совпадения</numerusform><numerusform>Скрыть ещё %n совпадений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="379" />
        <source>%n more hit(s) in this item</source>
        <translation><numerusform>Ещё %n совпадение в документе</numerusform><numerusform>Ещё %n совпадения в документе</numerusform><numerusform>Ещё %n совпадений в документе</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="208" />
        <source>%1 items, %2 slides, pages, rows and sections are ready to search.</source>
        <translation>Документов: %1; слайдов, страниц, строк и разделов для поиска: %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="212" />
        <source>Find the slide, the row, the answer</source>
        <translation>Найдите слайд, строку, ответ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="213" />
        <source>Type a few words — in Russian or English. Try:</source>
        <translation>Наберите несколько слов — по-русски или по-английски. Например:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="214" />
        <source>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</source>
        <translation>Ctrl+K — к строке поиска · ↑/↓ — по результатам · Enter — открыть · Esc — очистить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="256" />
        <source>%n result(s)</source>
        <translation><numerusform>%n результат</numerusform><numerusform>%n результата</numerusform><numerusform>%n результатов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="258" />
        <source>in %n item(s)</source>
        <translation><numerusform>в %n документе</numerusform><numerusform>в %n документах</numerusform><numerusform>в %n документах</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="259" />
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="261" />
        <source>not all words matched</source>
        <translation>найдены не все слова</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="270" />
        <source>Nothing found for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="274" />
        <source>search without filters</source>
        <translation>искать без фильтров</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="280" />
        <source>Searched with filters: %1</source>
        <translation>Искали с фильтрами: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="296" />
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="301" />
        <source>Check the spelling and keyboard layout, use fewer words, or import more files.</source>
        <translation>Проверьте написание и раскладку клавиатуры, сократите запрос или импортируйте больше файлов.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="359" />
        <source>Group by item</source>
        <translation>По документам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="360" />
        <source>Show one card per item; expand it to see its other hits</source>
        <translation>Одна карточка на документ; разверните, чтобы увидеть остальные совпадения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="361" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="68" />
        <location filename="../../enablement/ui/settings_dialog.py" line="71" />
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="72" />
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="73" />
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="91" />
        <source>Open a library folder</source>
        <translation>Открыть папку библиотеки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="97" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="98" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="99" />
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="100" />
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="101" />
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="102" />
        <source>Hidden slide</source>
        <translation>Скрытый слайд</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="221" />
        <source>This deck has no slides</source>
        <translation>В этой презентации нет слайдов</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="262" />
        <source>No speaker notes on this slide.</source>
        <translation>У этого слайда нет заметок докладчика.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="308" />
        <source>SPEAKER NOTES</source>
        <translation>ЗАМЕТКИ ДОКЛАДЧИКА</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="309" />
        <source>Previous slide (Page Up)</source>
        <translation>Предыдущий слайд (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="310" />
        <source>Next slide (Page Down)</source>
        <translation>Следующий слайд (Page Down)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="311" />
        <source>Slides of this deck</source>
        <translation>Слайды презентации</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../enablement/ui/tasks.py" line="342" />
        <source>Something went wrong: {0}</source>
        <translation>Что-то пошло не так: {0}</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="153" />
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="154" />
        <source>Search slides, battle cards, catalogs…   Ctrl+K</source>
        <translation>Поиск по слайдам, карточкам, каталогам…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="155" />
        <location filename="../../enablement/ui/top_bar.py" line="156" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="157" />
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="158" />
        <source>Voting</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="159" />
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="161" />
        <source>Import files or folders (you can also drop them on the window)</source>
        <translation>Импортировать файлы или папки (их можно и перетащить в окно)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="163" />
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="154" />
        <source>Ballots</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="157" />
        <source>Sales is heard before release; marketing decides in the open.</source>
        <translation>Продажи высказываются до выпуска; маркетинг решает открыто.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="164" />
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="169" />
        <source>New ballot…</source>
        <translation>Новое голосование…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="228" />
        <source>{0} of {1} voted</source>
        <translation>проголосовали {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="250" />
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="492" />
        <source>Something went wrong: {0}</source>
        <translation>Что-то пошло не так: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="206" />
        <source>Welcome to Enablement Hub.</source>
        <translation>Добро пожаловать в Enablement Hub.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="207" />
        <source>This is a demo library of battle cards, decks and price lists to try search on.</source>
        <translation>Это демо-библиотека боевых карточек, презентаций и прайс-листов — попробуйте поиск прямо сейчас.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="208" />
        <source>To add your own files, drop files or folders on this window, or use File → Import…</source>
        <translation>Чтобы добавить свои файлы, перетащите файлы или папки в это окно или выберите Файл → Импорт…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="210" />
        <source>Import your files…</source>
        <translation>Импортировать свои файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="211" />
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
</TS>