<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../enablement/ui/actions.py" line="115"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="116"/>
        <source>Import &amp;folder…</source>
        <translation>Импортировать &amp;папку…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="117"/>
        <source>&amp;Connect to team server…</source>
        <translation>&amp;Подключиться к серверу команды…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="118"/>
        <source>Sign &amp;out of team library</source>
        <translation>Вы&amp;йти из библиотеки команды</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="119"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="120"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="121"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="122"/>
        <source>Copy &amp;text</source>
        <translation>Копировать &amp;текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="123"/>
        <source>Copy &amp;link</source>
        <translation>Копировать &amp;ссылку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="124"/>
        <source>&amp;Open original</source>
        <translation>&amp;Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="125"/>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="126"/>
        <source>Send field &amp;intel…</source>
        <translation>Сообщить о ситуации на &amp;рынке…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="127"/>
        <source>Find near-&amp;duplicate decks…</source>
        <translation>Найти почти одинаковые &amp;презентации…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="128"/>
        <source>Add slide to &amp;pitch</source>
        <translation>Добавить слайд в &amp;питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="129"/>
        <source>Pitch &amp;basket</source>
        <translation>&amp;Корзина питча</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="130"/>
        <source>&amp;Previous slide or page</source>
        <translation>&amp;Предыдущий слайд или страница</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="131"/>
        <source>&amp;Next slide or page</source>
        <translation>&amp;Следующий слайд или страница</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="132"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="133"/>
        <source>&amp;Browse</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="134"/>
        <source>&amp;Voting</source>
        <translation>&amp;Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="135"/>
        <source>&amp;Group results by item</source>
        <translation>&amp;Группировать результаты по документам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="136"/>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="137"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="138"/>
        <source>Show &amp;welcome</source>
        <translation>Показать &amp;приветствие</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="139"/>
        <source>&amp;About Enablement Hub</source>
        <translation>&amp;О программе Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="183"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="185"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
</context>
<context>
    <name>BallotCard</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="71"/>
        <source>Draft for review</source>
        <translation>Черновик на оценку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="73"/>
        <source>Upcoming product</source>
        <translation>Будущий продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="75"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="84"/>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/board.py" line="110"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n голос</numerusform>
            <numerusform>%n голоса</numerusform>
            <numerusform>%n голосов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="119"/>
        <source>You: {0}</source>
        <translation>Вы: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="122"/>
        <source>Your vote is asked</source>
        <translation>Нужен ваш голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="130"/>
        <source>launch {0}</source>
        <translation>запуск {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="136"/>
        <source>{0} of {1} voted</source>
        <translation>проголосовали {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="156"/>
        <source>{0} left</source>
        <translation>осталось {0}</translation>
    </message>
</context>
<context>
    <name>BallotEditorDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="200"/>
        <source>Edit ballot</source>
        <translation>Изменить голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="200"/>
        <source>New ballot</source>
        <translation>Новое голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="215"/>
        <source>e.g. Router X1 launch deck: ready for clients?</source>
        <translation>например: презентация запуска Router X1 — готова для клиентов?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="202"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="216"/>
        <source>Would you sell with this? What is missing?</source>
        <translation>Будете продавать с этим? Чего не хватает?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="203"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="217"/>
        <source>A draft in the library</source>
        <translation>Черновик из библиотеки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="218"/>
        <source>An upcoming product</source>
        <translation>Будущий продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="204"/>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="221"/>
        <source>Planned launch</source>
        <translation>Планируемый запуск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="222"/>
        <source>Attach files…</source>
        <translation>Приложить файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="205"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="206"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="207"/>
        <source>Target segment</source>
        <translation>Целевой сегмент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="208"/>
        <source>Planned price</source>
        <translation>Планируемая цена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="224"/>
        <source>Score 1–5</source>
        <translation>Оценка 1–5</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="225"/>
        <source>Custom options…</source>
        <translation>Свои варианты…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="226"/>
        <source>Option A | Option B | Option C</source>
        <translation>Вариант А | Вариант Б | Вариант В</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="209"/>
        <source>Options</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="227"/>
        <source>Opens later, at</source>
        <translation>Откроется позже, в</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="228"/>
        <source>Closes at</source>
        <translation>Закрывается</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="210"/>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="229"/>
        <source>Hide totals until close (against herding)</source>
        <translation>Скрывать итоги до закрытия (против стадного эффекта)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="230"/>
        <source>Negative votes must give a reason</source>
        <translation>Голос «против» — только с причиной</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="231"/>
        <source>Everyone; or teams: North, South</source>
        <translation>Все; или команды: Север, Юг</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="211"/>
        <source>Audience</source>
        <translation>Кто голосует</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="233"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="233"/>
        <source>Open ballot</source>
        <translation>Открыть голосование</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="240"/>
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n слайд</numerusform>
            <numerusform>%n слайда</numerusform>
            <numerusform>%n слайдов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="242"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="244"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/dialogs.py" line="246"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n раздел</numerusform>
            <numerusform>%n раздела</numerusform>
            <numerusform>%n разделов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="288"/>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="343"/>
        <source>Give the ballot a title.</source>
        <translation>Дайте голосованию название.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="346"/>
        <source>Custom options need at least two choices, separated by |.</source>
        <translation>Нужно хотя бы два варианта через |.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="248"/>
        <source>← Board</source>
        <translation>← К доске</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="249"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="250"/>
        <source>Close voting</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="251"/>
        <source>Record decision…</source>
        <translation>Записать решение…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="252"/>
        <source>Slides and sections · comments heat map</source>
        <translation>Слайды и разделы · карта комментариев</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="253"/>
        <source>Comment on this slide: what would you change?</source>
        <translation>Комментарий к слайду: что бы вы изменили?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="254"/>
        <source>Comment</source>
        <translation>Комментировать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="255"/>
        <source>Your vote</source>
        <translation>Ваш голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="256"/>
        <source>Why? e.g. “clients will ask about …”</source>
        <translation>Почему? Например: «клиенты спросят про …»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="257"/>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="473"/>
        <source>Vote</source>
        <translation>Проголосовать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="258"/>
        <source>Results</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="297"/>
        <source>Scheduled</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="298"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="299"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="300"/>
        <source>Decided</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="330"/>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="331"/>
        <source>Asked by {0} · audience: {1}</source>
        <translation>Спрашивает {0} · голосуют: {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="333"/>
        <source>closes {0}</source>
        <translation>закрывается {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="335"/>
        <source>totals hidden until close</source>
        <translation>итоги скрыты до закрытия</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="348"/>
        <source>Decision: {0}</source>
        <translation>Решение: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="349"/>
        <source>{0}, {1}</source>
        <comment>decided by whom, when</comment>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="360"/>
        <source>Target segment</source>
        <translation>Целевой сегмент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="360"/>
        <source>Planned price</source>
        <translation>Планируемая цена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="362"/>
        <source>Planned launch</source>
        <translation>Планируемый запуск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="376"/>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="381"/>
        <source>{0} · comments heat map</source>
        <translation>{0} · карта комментариев</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/ballot_page.py" line="396"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n комментарий</numerusform>
            <numerusform>%n комментария</numerusform>
            <numerusform>%n комментариев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="416"/>
        <source>Comments · {0}</source>
        <translation>Комментарии · {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="421"/>
        <source>No comments on this one yet.</source>
        <translation>Комментариев пока нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="473"/>
        <source>Change vote</source>
        <translation>Изменить голос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="475"/>
        <source>Voting has not opened yet.</source>
        <translation>Голосование ещё не началось.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="477"/>
        <source>Voting is closed.</source>
        <translation>Голосование закрыто.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="486"/>
        <source>You voted “{0}” ({1}).</source>
        <translation>Вы проголосовали «{0}» ({1}).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="479"/>
        <source>This ballot is for {0}; your team is {1}.</source>
        <translation>Это голосование для: {0}; ваша команда — {1}.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="480"/>
        <source>not set</source>
        <translation>не указана</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="489"/>
        <source>You have not voted yet.</source>
        <translation>Вы ещё не голосовали.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="493"/>
        <source>You did not vote.</source>
        <translation>Вы не голосовали.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="499"/>
        <source>{0} of {1} voted · turnout {2:.0%}</source>
        <translation>проголосовали {0} из {1} · явка {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="503"/>
        <source>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</source>
        <translation>Итоги скрыты до закрытия, чтобы никто не голосовал вслед за большинством.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="510"/>
        <source>Mean score: {0}</source>
        <translation>Средняя оценка: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="525"/>
        <source>By team</source>
        <translation>По командам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="564"/>
        <source>Open · {0} left</source>
        <translation>Открыто · осталось {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="599"/>
        <source>Pick an option first.</source>
        <translation>Сначала выберите вариант.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="220"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="221"/>
        <source>Closed, awaiting decision</source>
        <translation>Закрытые, ждут решения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="222"/>
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="229"/>
        <source>No open ballots. Marketing asks here before a release.</source>
        <translation>Открытых голосований нет. Маркетинг спрашивает здесь перед выпуском.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="230"/>
        <source>Nothing waiting for a decision.</source>
        <translation>Решения ничего не ждёт.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="231"/>
        <source>No decisions yet.</source>
        <translation>Решений пока нет.</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="192"/>
        <source>All products</source>
        <translation>Все продукты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="193"/>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="257"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n документ</numerusform>
            <numerusform>%n документа</numerusform>
            <numerusform>%n документов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="260"/>
        <source>Battle cards by competitor</source>
        <translation>Боевые карточки по конкурентам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="264"/>
        <source>Decks</source>
        <translation>Презентации</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="265"/>
        <source>Catalogs and price lists</source>
        <translation>Каталоги и прайс-листы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="266"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="273"/>
        <source>Show more (%1 of %2 shown)</source>
        <translation>Показать ещё (показано %1 из %2)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="281"/>
        <source>Nothing matches these filters.</source>
        <translation>Под эти фильтры ничего не подходит.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="319"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n карточка</numerusform>
            <numerusform>%n карточки</numerusform>
            <numerusform>%n карточек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="334"/>
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="384"/>
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n слайд</numerusform>
            <numerusform>%n слайда</numerusform>
            <numerusform>%n слайдов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="386"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="388"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="390"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n раздел</numerusform>
            <numerusform>%n раздела</numerusform>
            <numerusform>%n разделов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="396"/>
        <source>needs review</source>
        <translation>нужна проверка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="437"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="438"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="439"/>
        <source>Sort</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="443"/>
        <source>Recently updated</source>
        <translation>Недавно обновлённые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="444"/>
        <source>Title</source>
        <translation>По названию</translation>
    </message>
</context>
<context>
    <name>CaptureLoop</name>
    <message>
        <location filename="../../enablement/ui/loop/capture.py" line="140"/>
        <source>Sent to marketing — you&apos;ll see its fate in Inbox</source>
        <translation>Отправлено в маркетинг — что с этим стало, увидите во «Входящих»</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="235"/>
        <source>Battle card</source>
        <translation>Боевая карточка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="235"/>
        <source>Edit battle card</source>
        <translation>Правка боевой карточки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="237"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="238"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="239"/>
        <source>Products</source>
        <translation>Продукты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="240"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="241"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="242"/>
        <source>Review by</source>
        <translation>Проверить до</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="243"/>
        <source>Headings in</source>
        <translation>Язык заголовков</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="244"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="249"/>
        <source>Product codes, separated by commas</source>
        <translation>Коды продуктов через запятую</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="250"/>
        <source>Tags, separated by commas</source>
        <translation>Теги через запятую</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="251"/>
        <source>Left empty: named after the competitor</source>
        <translation>Если пусто — по названию конкурента</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="252"/>
        <source>Unchecked: the card has no review date</source>
        <translation>Без отметки у карточки нет даты проверки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="254"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="255"/>
        <source>Their strengths</source>
        <translation>Их сильные стороны</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="256"/>
        <source>Their weaknesses</source>
        <translation>Их слабые места</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="257"/>
        <source>How we win</source>
        <translation>Как мы выигрываем</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="258"/>
        <source>Landmines (questions to ask)</source>
        <translation>Вопросы-ловушки (что спросить у клиента)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="259"/>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="264"/>
        <source>Free text</source>
        <translation>Свободный текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="264"/>
        <source>One point per line</source>
        <translation>Один пункт на строку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="266"/>
        <source>Objections and answers</source>
        <translation>Возражения и ответы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="268"/>
        <source>As sellers will see it</source>
        <translation>Так карточку увидят продавцы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="269"/>
        <source>Fill in from template</source>
        <translation>Заполнить по шаблону</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="271"/>
        <source>Adds every section&apos;s heading and the competitor&apos;s products the library knows</source>
        <translation>Добавляет все разделы карточки и продукты конкурента, известные библиотеке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="273"/>
        <source>Pull from field intel…</source>
        <translation>Взять из сведений с мест…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="274"/>
        <source>Save as a new card</source>
        <translation>Сохранить как новую карточку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="275"/>
        <source>Save new version</source>
        <translation>Сохранить новую версию</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="275"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="276"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="290"/>
        <source>A draft and a card in review are in nobody&apos;s search; sellers find the card once it is published.</source>
        <translation>Черновика и карточки на проверке нет ни в чьём поиске; продавцы найдут карточку, когда она будет опубликована.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="294"/>
        <source>A new version keeps the card&apos;s status. Move it on the Review tab of the Inbox.</source>
        <translation>Новая версия сохраняет статус карточки. Меняйте его на вкладке «Проверка» во «Входящих».</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="373"/>
        <source>Choose the competitor first: the template lists its products.</source>
        <translation>Сначала выберите конкурента: шаблон подставит его продукты.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_editor.py" line="442"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="466"/>
        <source>No changes to save (version %n)</source>
        <translation>
            <numerusform>Изменений нет (версия %n)</numerusform>
            <numerusform>Изменений нет (версия %n)</numerusform>
            <numerusform>Изменений нет (версия %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="468"/>
        <source>Saved as version %n, %1: sellers find it once it is published</source>
        <translation>
            <numerusform>Сохранено как версия %n, %1: продавцы найдут карточку после публикации</numerusform>
            <numerusform>Сохранено как версия %n, %1: продавцы найдут карточку после публикации</numerusform>
            <numerusform>Сохранено как версия %n, %1: продавцы найдут карточку после публикации</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/card_editor.py" line="471"/>
        <source>Saved as version %n</source>
        <translation>
            <numerusform>Сохранено как версия %n</numerusform>
            <numerusform>Сохранено как версия %n</numerusform>
            <numerusform>Сохранено как версия %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsController</name>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="58"/>
        <source>New &amp;battle card…</source>
        <translation>Новая &amp;боевая карточка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="59"/>
        <source>Edit battle &amp;card</source>
        <translation>Править боевую &amp;карточку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="103"/>
        <source>Preview a battle card to edit it.</source>
        <translation>Чтобы править боевую карточку, откройте её в просмотре.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/cards_controller.py" line="157"/>
        <source>Battle card “%1” saved (version %2)</source>
        <translation>Боевая карточка «%1» сохранена (версия %2)</translation>
    </message>
</context>
<context>
    <name>CorrectionBanner</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="75"/>
        <source>Showing results for %1 — search for %2 instead</source>
        <translation>Показаны результаты для %1 — искать %2 как есть</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="53"/>
        <source>Nothing yet: the library is empty.</source>
        <translation>Пока нечего показать: библиотека пуста.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="151"/>
        <source>FRESHNESS</source>
        <translation>АКТУАЛЬНОСТЬ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="160"/>
        <source>Nothing is published yet. Freshness is the share of published items past their review-by date.</source>
        <translation>Пока ничего не опубликовано. Актуальность — доля опубликованных материалов, у которых прошла дата пересмотра.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="168"/>
        <source>%1 of %2 published items are past their review-by date.</source>
        <translation>У %1 из %2 опубликованных материалов прошла дата пересмотра.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="176"/>
        <source>past review-by, end of each week</source>
        <translation>после даты пересмотра, на конец недели</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="177"/>
        <source>No published items in these weeks.</source>
        <translation>За эти недели нет опубликованных материалов.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="193"/>
        <source>COVERAGE BY COMPETITOR</source>
        <translation>ПОКРЫТИЕ ПО КОНКУРЕНТАМ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="198"/>
        <source>competitors with a published battle card</source>
        <translation>конкурентов с опубликованной боевой карточкой</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="201"/>
        <source>No competitor is named in the library yet: items tagged with one show here.</source>
        <translation>В библиотеке пока не указан ни один конкурент: здесь появятся материалы с конкурентом.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="217"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="218"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="219"/>
        <source>Found</source>
        <translation>Поиски</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="220"/>
        <source>Used</source>
        <translation>Исп.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="222"/>
        <source>No competitors yet.</source>
        <translation>Конкурентов пока нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="223"/>
        <source>✓ a published battle card · ✗ none</source>
        <translation>✓ есть боевая карточка · ✗ нет</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="224"/>
        <source>hidden: fewer than %1 people</source>
        <translation>скрыто: меньше %1 человек</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="234"/>
        <source>competitors with a battle card, end of each week</source>
        <translation>конкуренты с боевой карточкой, на конец недели</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="235"/>
        <source>No competitor was named in these weeks.</source>
        <translation>За эти недели в библиотеке не упоминался ни один конкурент.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="243"/>
        <source>searches naming a competitor, per week</source>
        <translation>поиски с названием конкурента, по неделям</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="261"/>
        <source>RESPONSE TO SALES</source>
        <translation>ОТВЕТЫ ПРОДАЖАМ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="268"/>
        <source>How fast marketing answers field intel and feedback shows once at least %1 people have sent reports in these weeks.</source>
        <translation>Скорость ответов маркетинга на сведения с поля и отзывы появится, когда за эти недели сообщения пришлют хотя бы %1 человека.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="277"/>
        <source>median time to an answer · %1 answered (%2 of %3 reports)</source>
        <translation>медианное время до ответа · отвечено %1 (%2 из %3 сообщений)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="289"/>
        <source>reports answered, per week</source>
        <translation>доля отвеченных сообщений по неделям</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="296"/>
        <source>median time to an answer, per week</source>
        <translation>медианное время до ответа по неделям</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="317"/>
        <source>VOICE OF SALES</source>
        <translation>ГОЛОС ПРОДАЖ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="322"/>
        <source>%1 of %2 decisions went with the majority of votes.</source>
        <translation>%1 из %2 решений совпали с большинством голосов.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="328"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="362"/>
        <source>No decision with a clear majority of votes in these weeks.</source>
        <translation>За эти недели не было решений с явным большинством голосов.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="330"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="344"/>
        <source>No ballot closed in these weeks.</source>
        <translation>За эти недели не закрыто ни одного голосования.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="332"/>
        <source>Ballot turnout per team</source>
        <translation>Явка на голосования по командам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="333"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="511"/>
        <source>(no team)</source>
        <translation>(без команды)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="351"/>
        <source>turnout of the sellers asked, per week</source>
        <translation>явка приглашённых продавцов, по неделям</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="352"/>
        <source>Turnout per week shows for weeks whose ballots asked at least %1 sellers.</source>
        <translation>Явка по неделям видна за недели, в голосованиях которых было хотя бы %1 продавца.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="361"/>
        <source>decisions with the majority, per week</source>
        <translation>решения в пользу большинства, по неделям</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="368"/>
        <source>Decided against the majority</source>
        <translation>Решения вопреки большинству</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="370"/>
        <source>None in these weeks.</source>
        <translation>За эти недели таких нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="376"/>
        <source>most votes were for</source>
        <translation>большинство голосовало за</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="378"/>
        <source>most votes were against</source>
        <translation>большинство голосовало против</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="382"/>
        <source>no rationale given</source>
        <translation>обоснование не указано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="402"/>
        <source>DEMAND</source>
        <translation>СПРОС</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="428"/>
        <source>No open gaps: a gap shows once %1 or more people searched for it in vain, at least %2% of everyone who searched it.</source>
        <translation>Открытых пробелов нет: пробел появляется, когда %1 и более человек безуспешно искали одно и то же и их не меньше %2% от всех, кто это искал.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="246"/>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="407"/>
        <source>Searches are counted once at least %1 people have searched.</source>
        <translation>Поиски считаются, когда искали хотя бы %1 человека.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="412"/>
        <source>searches in these weeks; %1 found nothing.</source>
        <translation>поисков за эти недели; без результатов: %1.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="418"/>
        <source>Top searches</source>
        <translation>Частые запросы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="422"/>
        <source>No searches yet.</source>
        <translation>Поисков пока не было.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="424"/>
        <source>Top gaps: found nothing, or nothing opened</source>
        <translation>Главные пробелы: ничего не нашлось или ничего не открыли</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="444"/>
        <source>searches per week</source>
        <translation>поисков в неделю</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="471"/>
        <source>USAGE</source>
        <translation>ИСПОЛЬЗОВАНИЕ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="475"/>
        <source>Usage is private: it is counted only over groups of %1 or more people, so nobody&apos;s own activity shows.</source>
        <translation>Использование — личное дело каждого: оно считается только по группам от %1 человек, поэтому ничьи отдельные действия не видны.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="485"/>
        <source>The total is withheld so a smaller group can&apos;t be worked out; %1 people previewed, opened, copied or linked items.</source>
        <translation>Итог скрыт, чтобы нельзя было вычислить меньшую группу; просматривали, открывали, копировали или отправляли ссылки %1 человек.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="491"/>
        <source>previews, opens, copies and links by %1 people.</source>
        <translation>просмотров, открытий, копирований и ссылок; людей: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="494"/>
        <source>%n published item(s) not used in these weeks.</source>
        <translation>
            <numerusform>%n опубликованный материал не использовался за эти недели.</numerusform>
            <numerusform>%n опубликованных материала не использовались за эти недели.</numerusform>
            <numerusform>%n опубликованных материалов не использовались за эти недели.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="498"/>
        <source>%n published item(s) no search showed.</source>
        <translation>
            <numerusform>%n опубликованный материал не показал ни один поиск.</numerusform>
            <numerusform>%n опубликованных материала не показал ни один поиск.</numerusform>
            <numerusform>%n опубликованных материалов не показал ни один поиск.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="506"/>
        <source>Nothing here yet.</source>
        <translation>Здесь пока пусто.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="508"/>
        <source>Most used items</source>
        <translation>Самые используемые материалы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="510"/>
        <source>Teams</source>
        <translation>Команды</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="514"/>
        <source>Competitors</source>
        <translation>Конкуренты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="527"/>
        <source>Never found by a search</source>
        <translation>Ни разу не найдены поиском</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="529"/>
        <source>Hidden: fewer than %1 people searched in these weeks.</source>
        <translation>Скрыто: за эти недели искали меньше %1 человек.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="533"/>
        <source>Every published item was shown by a search in these weeks.</source>
        <translation>За эти недели поиск показал каждый опубликованный материал.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="537"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_cards.py" line="560"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="107"/>
        <source>Enablement numbers: %1</source>
        <translation>Цифры Enablement: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="111"/>
        <source>%1 (%2 weeks) · counts under %3 people are hidden</source>
        <translation>%1 (недель: %2) · данные по группам меньше %3 человек скрыты</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="43"/>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="51"/>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1&#xa0;мин</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="54"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="62"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1&#xa0;ч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="56"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="68"/>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="74"/>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1&#xa0;дн.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="94"/>
        <source>hidden for privacy</source>
        <translation>скрыто ради приватности</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="99"/>
        <source>Hidden for privacy: fewer than %1 people, or it would give such a group away.</source>
        <translation>Скрыто ради приватности: меньше %1 человек, или по этой цифре такую группу можно вычислить.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="106"/>
        <source>hidden</source>
        <comment>a count withheld: fewer than 3 people</comment>
        <translation>скрыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="112"/>
        <source>withheld so a smaller group can&apos;t be worked out</source>
        <translation>скрыто, чтобы нельзя было вычислить меньшую группу</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="117"/>
        <source>%1+ people — withheld</source>
        <translation>%1 и более человек — скрыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="122"/>
        <source>withheld</source>
        <comment>a total of 3 or more people, withheld</comment>
        <translation>скрыто*</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="127"/>
        <source>withheld: %1 or more people, but the total would let a smaller hidden group be worked out by subtraction</source>
        <translation>скрыто*: %1 человек или больше, но по итогу вычитанием можно было бы узнать меньшую скрытую группу</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="136"/>
        <source>%1 or more</source>
        <comment>people, their number withheld</comment>
        <translation>%1 или больше</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="142"/>
        <source>The library is empty: import material and the numbers fill in as people use it.</source>
        <translation>Библиотека пуста: импортируйте материалы, и цифры появятся по мере того, как ими начнут пользоваться.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="145"/>
        <source>Searches are hidden: fewer than %1 people searched in these weeks.</source>
        <translation>Поиски скрыты: за эти недели искали меньше %1 человек.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="148"/>
        <source>Usage is hidden: fewer than %1 people previewed, opened, copied or linked items.</source>
        <translation>Использование скрыто: материалы просматривали, открывали, копировали или пересылали меньше %1 человек.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_format.py" line="151"/>
        <source>Response times are hidden: fewer than %1 people sent reports in these weeks.</source>
        <translation>Время ответа скрыто: за эти недели сообщения прислали меньше %1 человек.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="189"/>
        <source>Numbers</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="190"/>
        <source>The same figures for sales and marketing.</source>
        <translation>Одни и те же цифры для продаж и маркетинга.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="191"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="193"/>
        <source>last %n weeks</source>
        <translation>
            <numerusform>последняя %n неделя</numerusform>
            <numerusform>последние %n недели</numerusform>
            <numerusform>последние %n недель</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="194"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="195"/>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="196"/>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="233"/>
        <source>Counting…</source>
        <translation>Считаем…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="260"/>
        <source>%1 · updated %2 · counts over fewer than %3 people are hidden, never shown as zero</source>
        <translation>%1 · обновлено %2 · данные по группам меньше %3 человек скрыты, а не показаны нулём</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="289"/>
        <source>numbers</source>
        <translation>цифры</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="292"/>
        <source>Export the figures as CSV into a folder</source>
        <translation>Экспорт цифр в CSV-файлы в папку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="298"/>
        <source>Save the report as PNG</source>
        <translation>Сохранить отчёт как PNG</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="298"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="306"/>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт как PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="308"/>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="398"/>
        <source>Decision on “{0}”</source>
        <translation>Решение по «{0}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="402"/>
        <source>{0} vote(s) — {1}</source>
        <translation>голосов: {0} — {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="405"/>
        <source>Go publishes the draft: it becomes searchable for everyone.</source>
        <translation>«Да» публикует черновик: его смогут найти все.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="406"/>
        <source>Why? Voters read this with the outcome.</source>
        <translation>Почему? Участники увидят это вместе с итогом.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="407"/>
        <source>Record decision</source>
        <translation>Записать решение</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="420"/>
        <source>Choose an outcome.</source>
        <translation>Выберите итог.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="422"/>
        <source>Write the rationale: voters see why.</source>
        <translation>Напишите обоснование: участники увидят, почему.</translation>
    </message>
</context>
<context>
    <name>DeckCheckChip</name>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="124"/>
        <source>Checking deck…</source>
        <translation>Проверяем презентацию…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="126"/>
        <source>Deck check failed</source>
        <translation>Проверка не удалась</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="128"/>
        <source>%n to fix</source>
        <translation>
            <numerusform>%n к исправлению</numerusform>
            <numerusform>%n к исправлению</numerusform>
            <numerusform>%n к исправлению</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="132"/>
        <source>Deck sells</source>
        <translation>Презентация продаёт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="135"/>
        <source>Deck check: what to fix so the deck sells (show or hide the checklist)</source>
        <translation>Проверка презентации: что исправить, чтобы она продавала (показать или скрыть список)</translation>
    </message>
</context>
<context>
    <name>DeckCheckPanel</name>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="253"/>
        <source>Checking the deck…</source>
        <translation>Проверяем презентацию…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="259"/>
        <source>No findings: nothing stops this deck from selling.</source>
        <translation>Замечаний нет: ничто не мешает этой презентации продавать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="263"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n замечание</numerusform>
            <numerusform>%n замечания</numerusform>
            <numerusform>%n замечаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="263"/>
        <source>on %n slide(s)</source>
        <translation>
            <numerusform>на %n слайде</numerusform>
            <numerusform>на %n слайдах</numerusform>
            <numerusform>на %n слайдах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="270"/>
        <source>Whole deck</source>
        <translation>Вся презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="272"/>
        <source>Slide %1</source>
        <translation>Слайд %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="297"/>
        <source>Loses deals</source>
        <translation>Теряет сделки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="298"/>
        <source>Weakens the pitch</source>
        <translation>Ослабляет презентацию</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="299"/>
        <source>Worth a look</source>
        <translation>Стоит посмотреть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="310"/>
        <source>DECK CHECK</source>
        <translation>ПРОВЕРКА ПРЕЗЕНТАЦИИ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/deck_check_panel.py" line="311"/>
        <source>Hide the deck check</source>
        <translation>Скрыть проверку презентации</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="303"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="340"/>
        <source>Version %1 · %2</source>
        <translation>Версия %1 · %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="345"/>
        <source>restored from %1</source>
        <translation>восстановлена из %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="347"/>
        <source>current</source>
        <translation>текущая</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="357"/>
        <source>Compare versions: %1</source>
        <translation>Сравнение версий: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="374"/>
        <source>No differences: the two versions say the same.</source>
        <translation>Различий нет: в обеих версиях одно и то же.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="376"/>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="377"/>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="408"/>
        <source>Restore version %1 as the newest</source>
        <translation>Восстановить версию %1 как новую</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="435"/>
        <source>Restoring version %1…</source>
        <translation>Восстанавливаем версию %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="455"/>
        <source>Version %1 was published again as version %2.</source>
        <translation>Версия %1 снова опубликована как версия %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="476"/>
        <source>Slide</source>
        <translation>Слайд</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="478"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="479"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="483"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="484"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="485"/>
        <source>Changed and moved</source>
        <translation>Изменено и перемещено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="485"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="486"/>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="487"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="493"/>
        <source>added: %1</source>
        <translation>добавлено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="494"/>
        <source>removed: %1</source>
        <translation>удалено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="495"/>
        <source>changed: %1</source>
        <translation>изменено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="496"/>
        <source>moved: %1</source>
        <translation>перемещено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="497"/>
        <source>unchanged: %1</source>
        <translation>без изменений: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="502"/>
        <source>Compare versions</source>
        <translation>Сравнение версий</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="503"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="504"/>
        <source>with</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="505"/>
        <source>Hide unchanged</source>
        <translation>Скрыть неизменённые</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="506"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="508"/>
        <source>Publish this version&apos;s file again as the newest version. Every version is kept.</source>
        <translation>Снова опубликовать файл этой версии как самую новую версию. Все версии сохраняются.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="156"/>
        <source>Comparing the decks…</source>
        <translation>Сравниваем презентации…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="172"/>
        <source>%n deck(s) compared: no near copies at this similarity.</source>
        <translation>
            <numerusform>Сравнена %n презентация: почти одинаковых при таком сходстве нет.</numerusform>
            <numerusform>Сравнено %n презентации: почти одинаковых при таком сходстве нет.</numerusform>
            <numerusform>Сравнено %n презентаций: почти одинаковых при таком сходстве нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="175"/>
        <source>%n deck(s) compared</source>
        <translation>
            <numerusform>Сравнена %n презентация</numerusform>
            <numerusform>Сравнено %n презентации</numerusform>
            <numerusform>Сравнено %n презентаций</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="177"/>
        <source>%n group(s) of near copies</source>
        <translation>
            <numerusform>%n группа почти одинаковых</numerusform>
            <numerusform>%n группы почти одинаковых</numerusform>
            <numerusform>%n групп почти одинаковых</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="191"/>
        <source>Group %1: %n deck(s)</source>
        <translation>
            <numerusform>Группа %1: %n презентация</numerusform>
            <numerusform>Группа %1: %n презентации</numerusform>
            <numerusform>Группа %1: %n презентаций</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="192"/>
        <source>%1% alike</source>
        <translation>сходство %1%</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="199"/>
        <source>v%1</source>
        <translation>в%1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="249"/>
        <source>Archiving…</source>
        <translation>Архивируем…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="265"/>
        <source>Keep one deck</source>
        <translation>Оставить одну презентацию</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="267"/>
        <source>Keep “%1” as the current deck and archive %n near copy(ies)?</source>
        <translation>
            <numerusform>Оставить «%1» актуальной и отправить в архив %n почти одинаковую копию?</numerusform>
            <numerusform>Оставить «%1» актуальной и отправить в архив %n почти одинаковые копии?</numerusform>
            <numerusform>Оставить «%1» актуальной и отправить в архив %n почти одинаковых копий?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="274"/>
        <source>Archived decks leave sellers&apos; search; their versions are kept.</source>
        <translation>Архивные презентации пропадают из поиска продавцов; их версии сохраняются.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="276"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="291"/>
        <source>Kept “%1”; archived %n deck(s).</source>
        <translation>
            <numerusform>«%1» оставлена; в архиве %n презентация.</numerusform>
            <numerusform>«%1» оставлена; в архиве %n презентации.</numerusform>
            <numerusform>«%1» оставлена; в архиве %n презентаций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="324"/>
        <source>Near-duplicate decks</source>
        <translation>Почти одинаковые презентации</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="327"/>
        <source>Decks whose slide text is nearly the same: copies that drifted apart. Pick the one sellers should use and archive the others, so search shows only the current one.</source>
        <translation>Презентации с почти одинаковым текстом слайдов: копии, которые разошлись. Выберите ту, которой должны пользоваться продавцы, а остальные отправьте в архив, чтобы поиск показывал только актуальную.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="331"/>
        <source>Similar at least:</source>
        <translation>Сходство не ниже:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="334"/>
        <source>Deck</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="335"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="336"/>
        <source>Updated</source>
        <translation>Обновлена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="337"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="338"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="341"/>
        <source>Keep this one, archive the others</source>
        <translation>Оставить эту, остальные в архив</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="342"/>
        <source>Archive the other decks of the selected deck&apos;s group</source>
        <translation>Отправить в архив остальные презентации группы выбранной</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="343"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/duplicates_dialog.py" line="344"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../enablement/ui/facets.py" line="31"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="32"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="33"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="34"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="35"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="199"/>
        <source>Show fewer</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="201"/>
        <source>Show all %1</source>
        <translation>Показать все (%1)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="206"/>
        <source>Filters appear here once a search finds something.</source>
        <translation>Фильтры появятся, когда поиск что-нибудь найдёт.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="227"/>
        <source>FILTERS</source>
        <translation>ФИЛЬТРЫ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="228"/>
        <source>Clear all filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
</context>
<context>
    <name>FeedbackBox</name>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="371"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="371"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="384"/>
        <source>How did this slide serve you?</source>
        <translation>Как вам помог этот слайд?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="385"/>
        <source>How did this page serve you?</source>
        <translation>Как вам помогла эта страница?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="386"/>
        <source>How did this row serve you?</source>
        <translation>Как вам помогла эта строка?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="387"/>
        <source>How did this section serve you?</source>
        <translation>Как вам помог этот раздел?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="399"/>
        <source>How it helped (optional)</source>
        <translation>Чем помогло (необязательно)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="400"/>
        <source>What has changed (optional)</source>
        <translation>Что изменилось (необязательно)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="401"/>
        <source>What is wrong?</source>
        <translation>Что не так?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="402"/>
        <source>What is missing?</source>
        <translation>Чего не хватает?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="405"/>
        <source>A comment is needed for this verdict</source>
        <translation>Для этой оценки нужен комментарий</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="416"/>
        <source>No feedback on this one yet.</source>
        <translation>Отзывов здесь пока нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="421"/>
        <source>Feedback here:</source>
        <translation>Отзывы здесь:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="426"/>
        <source>Whole item: %1 pieces of feedback, %2 still open</source>
        <translation>Весь материал: отзывов — %1, ещё не закрыто — %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="435"/>
        <source>You said “%1” on %2 · %3</source>
        <translation>Вы ответили «%1» %2 · %3</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="444"/>
        <source>and %1 earlier</source>
        <translation>и ещё %1 раньше</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="459"/>
        <source>On an earlier version, %1 (it may have changed since)</source>
        <translation>В одной из прежних версий, %1 (возможно, с тех пор изменён)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="462"/>
        <source>On version %1, %2 (since changed)</source>
        <translation>В версии %1, %2 (с тех пор изменён)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="463"/>
        <source>On version %1, %2 (since removed)</source>
        <translation>В версии %1, %2 (с тех пор удалён)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="464"/>
        <source>On version %1, %2 (it may have changed since)</source>
        <translation>В версии %1, %2 (возможно, с тех пор изменён)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="471"/>
        <source>…and feedback on %1 more units of earlier versions</source>
        <translation>…и отзывы ещё на %1 фрагм. прежних версий</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="481"/>
        <source>Nobody, or fewer than %1 people, used it in version %3 in the last %2 weeks.</source>
        <translation>Никто или меньше %1 человек не пользовались им в версии %3 за последние %2 нед.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="494"/>
        <source>in the last %1 weeks, this version (%2) only</source>
        <translation>— за последние %1 нед., только в этой версии (%2)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="486"/>
        <source>fewer than %1</source>
        <translation>меньше %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="488"/>
        <source>Previewed by %1 people</source>
        <translation>Просмотрели: %1 чел.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="489"/>
        <source>opened by %1</source>
        <translation>открыли: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="490"/>
        <source>copied by %1</source>
        <translation>скопировали: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="491"/>
        <source>linked by %1</source>
        <translation>переслали ссылкой: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/feedback_box.py" line="503"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="297"/>
        <source>Remove the demo library</source>
        <translation>Удалить демо-библиотеку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="298"/>
        <source>Remove the demo library?</source>
        <translation>Удалить демо-библиотеку?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="302"/>
        <source>Its decks, battle cards and price lists go, and so does the history that came with it: searches, usage, field intel and feedback, ballots and votes, and the demo&apos;s people. Your own files and what you did yourself stay.</source>
        <translation>Удалятся её презентации, боевые карточки и прайс-листы, а с ними и история, которая пришла вместе с ней: поиски, просмотры, сведения с полей и отзывы, голосования и голоса, люди из демо. Ваши собственные файлы и всё, что вы сделали сами, останутся.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="307"/>
        <source>Remove the demo</source>
        <translation>Удалить демо</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="337"/>
        <source>The demo library was removed: %1 items and their history.</source>
        <translation>Демо-библиотека удалена: материалов — %1, вместе с их историей.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="350"/>
        <source>Remove the &amp;demo library…</source>
        <translation>Удалить &amp;демо-библиотеку…</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="90"/>
        <source>Choose the folder with your sales material</source>
        <translation>Выберите папку с вашими материалами для продаж</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="151"/>
        <source>Welcome to Enablement Hub</source>
        <translation>Добро пожаловать в Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="154"/>
        <source>Find the slide, the price row or the battle-card section you need in seconds. How would you like to start?</source>
        <translation>Нужный слайд, строку прайса или раздел боевой карточки — за секунды. С чего начнём?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="158"/>
        <source>Try the demo library</source>
        <translation>Попробовать демо</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="161"/>
        <source>A fictional company with battle cards, decks, a catalog and a price list, in Russian and English, and ten weeks of a sales team&apos;s searches, votes and feedback. Remove it in one click when you are done.</source>
        <translation>Вымышленная компания: боевые карточки, презентации, каталог и прайс-лист на русском и английском и десять недель поисков, голосований и отзывов отдела продаж. Когда освоитесь, удалите её одним щелчком.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="166"/>
        <source>Try the demo</source>
        <translation>Открыть демо</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="167"/>
        <source>Open my folder</source>
        <translation>Открыть мою папку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="170"/>
        <source>Import the decks, battle cards, PDFs and price lists from a folder on this computer or a network share, and keep watching it: files you add, change or delete there later are picked up.</source>
        <translation>Импортируйте презентации, боевые карточки, PDF и прайс-листы из папки на этом компьютере или в сетевом ресурсе: приложение будет следить за ней и подхватит файлы, которые вы потом добавите, измените или удалите.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="175"/>
        <source>Choose a folder…</source>
        <translation>Выбрать папку…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="176"/>
        <source>Connect to my team&apos;s server</source>
        <translation>Подключиться к серверу команды</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="179"/>
        <source>Your company runs a shared library: sign in with the server, database, user name and password your admin gave you.</source>
        <translation>В компании есть общая библиотека: войдите с сервером, базой данных, именем пользователя и паролем, которые дал администратор.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="183"/>
        <source>Connect…</source>
        <translation>Подключиться…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/first_run.py" line="185"/>
        <source>You can change your mind later: File → Import files… or File → Connect to team server…</source>
        <translation>Передумать можно позже: Файл → Импортировать файлы… или Файл → Подключиться к серверу команды…</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="192"/>
        <source>Searched for</source>
        <translation>Что искали</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="193"/>
        <source>Left without an answer</source>
        <translation>Остались без ответа</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="194"/>
        <source>Searches</source>
        <translation>Поисков</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="195"/>
        <source>Last seen</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="196"/>
        <source>Grouped as</source>
        <translation>Сгруппировано как</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="208"/>
        <source>%1 of %2 people</source>
        <translation>%1 из %2 чел.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="214"/>
        <source>Searches grouped as “%1”</source>
        <translation>Поиски сгруппированы как «%1»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="217"/>
        <source>%1 of the %2 people who searched this found nothing or opened none of the results</source>
        <translation>%1 из %2 человек, искавших это, ничего не нашли или не открыли ни одного результата</translation>
    </message>
</context>
<context>
    <name>GapsView</name>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="110"/>
        <source>A note for the decision (a reason to dismiss)</source>
        <translation>Примечание к решению (причина, если отклоняете)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="111"/>
        <source>Plan a card</source>
        <translation>Запланировать карточку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="112"/>
        <source>Answered by this item</source>
        <translation>На это отвечает материал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="113"/>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="117"/>
        <source>Draft battle card made: «%1» (#%2). Open it from the library to write it.</source>
        <translation>Создан черновик боевой карточки: «%1» (#%2). Откройте его в библиотеке и заполните.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="119"/>
        <source>This gap already has its draft battle card: «%1» (#%2).</source>
        <translation>У этого пробела уже есть черновик боевой карточки: «%1» (#%2).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="124"/>
        <source>Last %1 weeks. A query is listed when at least %2 people who searched it found nothing or opened none of the results, and they are at least %3% of everyone who searched it.</source>
        <translation>За последние %1 недель. Запрос попадает в список, когда хотя бы %2 человека, искавших его, ничего не нашли или не открыли ни одного результата и их не меньше %3% от всех, кто его искал.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="133"/>
        <source>No open gaps in the last %1 weeks.</source>
        <translation>За последние %1 недель открытых пробелов нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="136"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="220"/>
        <source>Choose the item that answers this gap.</source>
        <translation>Выберите материал, который закрывает этот пробел.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/gaps_view.py" line="230"/>
        <source>Say why the gap is dismissed: type a reason in the note first.</source>
        <translation>Укажите, почему пробел отклонён: сначала впишите причину в примечание.</translation>
    </message>
</context>
<context>
    <name>IdentityChip</name>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="109"/>
        <source>Signed in to the team library %1 as %2.</source>
        <translation>Вход в библиотеку команды %1 выполнен: %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="112"/>
        <source>Your own library on this computer; you act as %1.</source>
        <translation>Ваша библиотека на этом компьютере; вы работаете как %1.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="217"/>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="220"/>
        <source>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</source>
        <translation>Документы (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="227"/>
        <source>Import a folder</source>
        <translation>Импорт папки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="258"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="279"/>
        <source>The import failed: %1</source>
        <translation>Импорт не удался: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="83"/>
        <source>Importing %1 of %2</source>
        <translation>Импорт %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="87"/>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="106"/>
        <source>Import finished</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="111"/>
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n новый документ</numerusform>
            <numerusform>%n новых документа</numerusform>
            <numerusform>%n новых документов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="112"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлён</numerusform>
            <numerusform>%n обновлено</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="113"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
            <numerusform>%n без изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="116"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n отклонён</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="123"/>
        <source>%n slide(s), page(s), row(s) and section(s) are searchable now (%1 s).</source>
        <translation>
            <numerusform>В поиске теперь %n фрагмент: слайды, страницы, строки, разделы (%1 с).</numerusform>
            <numerusform>В поиске теперь %n фрагмента: слайды, страницы, строки, разделы (%1 с).</numerusform>
            <numerusform>В поиске теперь %n фрагментов: слайды, страницы, строки, разделы (%1 с).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="125"/>
        <source>The import was cancelled.</source>
        <translation>Импорт был отменён.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="130"/>
        <source>(refused by an earlier import; the file has not changed)</source>
        <translation>(отклонён при прошлом импорте; файл не изменился)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="138"/>
        <source>These files were not imported:</source>
        <translation>Эти файлы не импортированы:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="141"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="141"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="21"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="22"/>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="23"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="24"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="25"/>
        <source>Declined</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="32"/>
        <source>Intel</source>
        <translation>Разведка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="33"/>
        <source>Feedback</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="40"/>
        <source>Competitor price</source>
        <translation>Цена конкурента</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="41"/>
        <source>Competitor claim</source>
        <translation>Заявление конкурента</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="42"/>
        <source>Objection heard</source>
        <translation>Возражение клиента</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="43"/>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="44"/>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="45"/>
        <source>Request for material</source>
        <translation>Запрос материала</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="46"/>
        <source>Helped me win</source>
        <translation>Помогло выиграть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="47"/>
        <source>Outdated</source>
        <translation>Устарело</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="48"/>
        <source>Wrong</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="49"/>
        <source>Missing something</source>
        <translation>Чего-то не хватает</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="56"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="57"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="58"/>
        <source>still open</source>
        <translation>ещё идёт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="64"/>
        <source>under 1 M</source>
        <translation>до 1 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="65"/>
        <source>1–5 M</source>
        <translation>1–5 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="66"/>
        <source>5–20 M</source>
        <translation>5–20 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="67"/>
        <source>over 20 M</source>
        <translation>свыше 20 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="75"/>
        <source>slide %1</source>
        <translation>слайд %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="76"/>
        <source>page %1</source>
        <translation>страница %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="77"/>
        <source>row %1</source>
        <translation>строка %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="78"/>
        <source>section %1</source>
        <translation>раздел %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="124"/>
        <source>sent</source>
        <translation>отправил(а)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="127"/>
        <source>moved from %1 to %2</source>
        <translation>перевёл(а) из «%1» в «%2»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="133"/>
        <source>cleared the owner</source>
        <translation>снял(а) ответственного</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="134"/>
        <source>made %1 the owner</source>
        <translation>назначил(а) ответственным: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="136"/>
        <source>answered: %1</source>
        <translation>ответил(а): %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="140"/>
        <source>linked it to %1 (replacing %2)</source>
        <translation>связал(а) с %1 (вместо %2)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_texts.py" line="144"/>
        <source>linked it to %1</source>
        <translation>связал(а) с %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="155"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="156"/>
        <source>What sales sent, and what became of it.</source>
        <translation>Что прислали продажи и что из этого вышло.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="159"/>
        <source>Nothing sent yet. Press Ctrl+Shift+I anywhere to send field intel, or give feedback on a slide from the preview.</source>
        <translation>Вы ещё ничего не отправляли. Нажмите Ctrl+Shift+I в любом месте, чтобы отправить данные с рынка, или оставьте отзыв на слайд из просмотра.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="162"/>
        <source>Nothing here matches.</source>
        <translation>Здесь ничего не подходит.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="166"/>
        <source>Nothing to triage yet. Field intel and feedback from sales appear here as soon as they are sent; the authors see every answer and change of state.</source>
        <translation>Разбирать пока нечего. Данные с рынка и отзывы продаж появляются здесь сразу после отправки; авторы видят каждый ответ и смену статуса.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="169"/>
        <source>No entry matches the filters. Clear a filter to see more.</source>
        <translation>Ни одна запись не подходит под фильтры. Сбросьте фильтр, чтобы увидеть больше.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="173"/>
        <source>Triage is marketing&apos;s: accept, plan or decline what sales sends, answer it and link it to what it led to. In this personal library you can take the marketing role.</source>
        <translation>Разбор — задача маркетинга: принимать, планировать или отклонять то, что присылают продажи, отвечать и связывать с результатом. В этой личной библиотеке вы можете взять роль маркетинга.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="177"/>
        <source>Take the marketing role</source>
        <translation>Взять роль маркетинга</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="179"/>
        <source>Sent by me</source>
        <translation>Отправленные мной</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="180"/>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="181"/>
        <source>Triage</source>
        <translation>Разбор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="182"/>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_page.py" line="183"/>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>IntelDialog</name>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="284"/>
        <source>Documents, spreadsheets, PDFs and pictures</source>
        <translation>Документы, таблицы, PDF и изображения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="285"/>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="287"/>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="302"/>
        <source>%1 of %2 characters</source>
        <translation>%1 из %2 символов</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="330"/>
        <source>“%1” is not in the library yet. Did you mean %2? (A new name is fine, too.)</source>
        <translation>«%1» в библиотеке пока нет. Может быть, %2? (Новое название тоже подойдёт.)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="401"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="401"/>
        <source>Send to marketing</source>
        <translation>Отправить в маркетинг</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="408"/>
        <source>Field intel</source>
        <translation>С рынка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="410"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="411"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="412"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="413"/>
        <source>Product</source>
        <translation>Продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="414"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="419"/>
        <source>Deal won or lost</source>
        <translation>Сделка выиграна или проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="233"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="230"/>
        <source>no deal said</source>
        <translation>сделка не указана</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="232"/>
        <source>Still open</source>
        <translation>Ещё открыта</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="234"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="422"/>
        <source>The deal this is about, if any: still open, won or lost</source>
        <translation>Сделка, о которой речь, если есть: ещё открыта, выиграна или проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="423"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="424"/>
        <source>not said</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="427"/>
        <source>Pick or type a name</source>
        <translation>Выберите или введите название</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="428"/>
        <source>Pick or type a product</source>
        <translation>Выберите или введите продукт</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="430"/>
        <source>The price they quoted, the claim, the objection, why the deal went the way it did…</source>
        <translation>Какую цену назвали, что утверждают, какое возражение прозвучало, почему сделка сложилась именно так…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="432"/>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="433"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/intel_dialog.py" line="434"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>IntelPicker</name>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="79"/>
        <source>Field intel</source>
        <translation>С рынка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="81"/>
        <source>Their strengths</source>
        <translation>Их сильные стороны</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="82"/>
        <source>Their weaknesses</source>
        <translation>Их слабые места</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="83"/>
        <source>How we win</source>
        <translation>Как мы выигрываем</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="84"/>
        <source>Landmines (questions to ask)</source>
        <translation>Вопросы-ловушки (что спросить у клиента)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="85"/>
        <source>Objections and answers</source>
        <translation>Возражения и ответы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="86"/>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="87"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="91"/>
        <source>Add to</source>
        <translation>Добавить в раздел</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="92"/>
        <source>Add to the card</source>
        <translation>Добавить в карточку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="93"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="100"/>
        <source>Loading field intel…</source>
        <translation>Загрузка сведений с мест…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="125"/>
        <source>Field intel from sales (%n report(s)); name the competitor to see only theirs.</source>
        <translation>
            <numerusform>Сведения с мест от продавцов (%n сообщение); укажите конкурента, чтобы видеть только о нём.</numerusform>
            <numerusform>Сведения с мест от продавцов (%n сообщения); укажите конкурента, чтобы видеть только о нём.</numerusform>
            <numerusform>Сведения с мест от продавцов (%n сообщений); укажите конкурента, чтобы видеть только о нём.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="132"/>
        <source>Field intel about %1 from sales: %n report(s)</source>
        <translation>
            <numerusform>Сведения с мест о конкуренте %1: %n сообщение</numerusform>
            <numerusform>Сведения с мест о конкуренте %1: %n сообщения</numerusform>
            <numerusform>Сведения с мест о конкуренте %1: %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/intel_picker.py" line="137"/>
        <source>No field intel about %1 yet.</source>
        <translation>Сведений с мест о конкуренте %1 пока нет.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19"/>
        <source>Deck</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19"/>
        <source>Decks</source>
        <translation>Презентации</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20"/>
        <source>Battle card</source>
        <translation>Боевая карточка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20"/>
        <source>Battle cards</source>
        <translation>Боевые карточки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21"/>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21"/>
        <source>Catalogs</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22"/>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="30"/>
        <source>Strengths</source>
        <translation>Сильные стороны</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="31"/>
        <source>Weak points</source>
        <translation>Слабые места</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="32"/>
        <source>How we win</source>
        <translation>Как мы выигрываем</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="33"/>
        <source>Landmines</source>
        <translation>Вопросы-ловушки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="34"/>
        <source>Objections and answers</source>
        <translation>Возражения и ответы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="35"/>
        <source>Pricing</source>
        <translation>Цены</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="36"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="37"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="44"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="45"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="46"/>
        <source>Mixed</source>
        <translation>Смешанный</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="47"/>
        <source>Unknown</source>
        <translation>Не определён</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="54"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="55"/>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="56"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="57"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="64"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="70"/>
        <source>Picture</source>
        <translation>Рисунок</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="71"/>
        <source>Chart</source>
        <translation>Диаграмма</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="72"/>
        <source>Diagram</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="73"/>
        <source>Object</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="82"/>
        <source>Slide %1 of %2</source>
        <translation>Слайд %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="83"/>
        <source>Slide %1</source>
        <translation>Слайд %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="86"/>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="87"/>
        <source>Page %1</source>
        <translation>Страница %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="89"/>
        <source>Row %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="93"/>
        <source>Section: %1</source>
        <translation>Раздел: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="94"/>
        <source>Section %1</source>
        <translation>Раздел %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="95"/>
        <source>Whole item</source>
        <translation>Документ целиком</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="243"/>
        <source>The library could not be opened:</source>
        <translation>Не удалось открыть библиотеку:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="447"/>
        <source>Import finished: %1 new, %2 updated, %3 rejected</source>
        <translation>Импорт завершён: новых %1, обновлено %2, отклонено %3</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="539"/>
        <source>About Enablement Hub</source>
        <translation>О программе Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="540"/>
        <source>Enablement Hub %1 — search battle cards, decks and catalogs offline.</source>
        <translation>Enablement Hub %1 — поиск по боевым карточкам, презентациям и каталогам без интернета.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="597"/>
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="599"/>
        <source>Preparing the library…</source>
        <translation>Готовим библиотеку…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="601"/>
        <source>On the first run this builds the demo library; it takes a few seconds.</source>
        <translation>При первом запуске создаётся демо-библиотека; это займёт несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="603"/>
        <source>Voting is not available in this build.</source>
        <translation>Голосования недоступны в этой сборке.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../enablement/ingest/docx.py" line="286"/>
        <source>the document part has no body</source>
        <translation>в документе нет основной части (body)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/docx.py" line="298"/>
        <source>the document has no text (empty, or pictures only)</source>
        <translation>в документе нет текста (он пуст или состоит из одних рисунков)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/markdown.py" line="82"/>
        <source>the file has front matter but no text</source>
        <translation>в файле есть только заголовок метаданных (front matter), текста нет</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/markdown.py" line="84"/>
        <source>the file has no text</source>
        <translation>в файле нет текста</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="42"/>
        <source>zip entries use &apos;\&apos; as path separator (not a valid Office package)</source>
        <translation>в путях zip-архива стоит «\» вместо «/» (это не настоящий пакет Office)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="48"/>
        <source>missing [Content_Types].xml (not a complete Office package)</source>
        <translation>нет [Content_Types].xml (пакет Office неполный)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="116"/>
        <source>the package has more than one core-properties part (OPC violation)</source>
        <translation>в пакете больше одной части core-properties (нарушение OPC)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/ooxml.py" line="130"/>
        <source>no main document part (the package has no presentation, document or workbook)</source>
        <translation>нет основной части (в пакете нет ни презентации, ни документа, ни книги)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="41"/>
        <source>the PDF cannot be opened ({error})</source>
        <translation>PDF не открывается ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="52"/>
        <location filename="../../enablement/ingest/readable.py" line="71"/>
        <source>the PDF has no pages</source>
        <translation>в PDF нет страниц</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="80"/>
        <source>the PDF&apos;s text layer is unreadable (fonts without a Unicode map); run OCR first</source>
        <translation>текстовый слой PDF нечитаем (шрифты без таблицы Unicode); сначала распознайте его (OCR)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="86"/>
        <source>no page of the PDF could be read</source>
        <translation>ни одну страницу PDF не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pdf.py" line="88"/>
        <source>the PDF has no text layer (scanned images?); run OCR first and import it again</source>
        <translation>в PDF нет текстового слоя (сканы?); распознайте его (OCR) и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="45"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="46"/>
        <source>no text could be found in it</source>
        <translation>в нём не найдено текста</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pipeline.py" line="137"/>
        <source>cannot be read: {error}</source>
        <translation>не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="60"/>
        <source>the presentation has no slide master</source>
        <translation>в презентации нет образца слайдов</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="63"/>
        <source>the presentation has no slides</source>
        <translation>в презентации нет слайдов</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="85"/>
        <source>none of the slides could be read</source>
        <translation>ни один слайд не удалось прочитать</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/pptx.py" line="93"/>
        <source>no text on any slide (pictures only?)</source>
        <translation>ни на одном слайде нет текста (только рисунки?)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="51"/>
        <source>Excel binary workbook (.xlsb) is not supported; save it as .xlsx and import again</source>
        <translation>двоичная книга Excel (.xlsb) не поддерживается; сохраните её как .xlsx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="54"/>
        <source>XPS document (.xps) is not supported; print it to PDF and import again</source>
        <translation>документ XPS (.xps) не поддерживается; напечатайте его в PDF и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="57"/>
        <source>XPS document (.oxps) is not supported; print it to PDF and import again</source>
        <translation>документ XPS (.oxps) не поддерживается; напечатайте его в PDF и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="60"/>
        <source>Rich Text Format (.rtf) is not supported; save it as .docx and import again</source>
        <translation>формат RTF (.rtf) не поддерживается; сохраните файл как .docx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="63"/>
        <source>Keynote presentation is not supported; export it as .pptx and import again</source>
        <translation>презентации Keynote не поддерживаются; экспортируйте её в .pptx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="66"/>
        <source>Pages document is not supported; export it as .docx and import again</source>
        <translation>документы Pages не поддерживаются; экспортируйте его в .docx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="69"/>
        <source>Numbers spreadsheet is not supported; export it as .xlsx and import again</source>
        <translation>таблицы Numbers не поддерживаются; экспортируйте её в .xlsx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="75"/>
        <source>OpenDocument presentation ({suffix}) is not supported; save it as .pptx and import again</source>
        <translation>презентация OpenDocument ({suffix}) не поддерживается; сохраните её как .pptx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="78"/>
        <source>OpenDocument spreadsheet ({suffix}) is not supported; save it as .xlsx and import again</source>
        <translation>таблица OpenDocument ({suffix}) не поддерживается; сохраните её как .xlsx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="81"/>
        <source>OpenDocument text ({suffix}) is not supported; save it as .docx and import again</source>
        <translation>текст OpenDocument ({suffix}) не поддерживается; сохраните его как .docx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="85"/>
        <source>OpenDocument {kind} ({suffix}) is not supported; save it as .docx and import again</source>
        <translation>файл OpenDocument ({kind}, {suffix}) не поддерживается; сохраните его как .docx и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="98"/>
        <source>legacy {name} format; save it as {modern} and import again</source>
        <translation>устаревший формат {name}; сохраните файл как {modern} и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="106"/>
        <source>(no extension)</source>
        <translation>(без расширения)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="108"/>
        <source>unsupported file type &apos;{suffix}&apos;; supported: {listed}</source>
        <translation>тип файла «{suffix}» не поддерживается; поддерживаются: {listed}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="116"/>
        <source>unsupported file type: {detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="127"/>
        <source>the file&apos;s structure is nested too deeply to read</source>
        <translation>структура файла вложена слишком глубоко, его не прочитать</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="131"/>
        <location filename="../../enablement/ingest/safety.py" line="143"/>
        <source>cannot read the file: {error}</source>
        <translation>файл не читается: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="155"/>
        <source>binary data (a zip or PDF file) with a &apos;{suffix}&apos; name</source>
        <translation>двоичные данные (zip или PDF) под именем «{suffix}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="165"/>
        <source>not a PDF file (no %PDF header)</source>
        <translation>это не PDF (нет заголовка %PDF)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="170"/>
        <source>not a readable OpenDocument package (no zip header) in a &apos;{suffix}&apos; file</source>
        <translation>файл «{suffix}» не является читаемым пакетом OpenDocument (нет заголовка zip)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="176"/>
        <source>not a readable Office package (no zip header) in a &apos;{suffix}&apos; file</source>
        <translation>файл «{suffix}» не является читаемым пакетом Office (нет заголовка zip)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="192"/>
        <source>an Office 97-2003 file with a &apos;{suffix}&apos; name</source>
        <translation>файл Office 97–2003 с расширением «{suffix}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="196"/>
        <source>legacy {name} format with a &apos;{suffix}&apos; name (it is a 97-2003 file); save it as {modern} and import again</source>
        <translation>устаревший формат {name} с расширением «{suffix}» (это файл 97–2003); сохраните его как {modern} и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="40"/>
        <source>a presentation</source>
        <translation>презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="41"/>
        <location filename="../../enablement/insights/attachments.py" line="79"/>
        <source>a Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="42"/>
        <source>a workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="45"/>
        <source>the file cannot be opened</source>
        <translation>файл не открывается</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="46"/>
        <source>damaged, or not a PDF at all</source>
        <translation>файл повреждён или вовсе не PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="47"/>
        <source>an unsupported security scheme</source>
        <translation>неподдерживаемая схема защиты</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="48"/>
        <source>its pages cannot be read</source>
        <translation>его страницы не читаются</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="50"/>
        <source>pdfium cannot open it</source>
        <translation>pdfium не может его открыть</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="75"/>
        <source>its first page cannot be read</source>
        <translation>его первая страница не читается</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="91"/>
        <location filename="../../enablement/ingest/registry.py" line="208"/>
        <source>an Office 97-2003 (OLE2) file with a &apos;{suffix}&apos; name</source>
        <translation>файл Office 97–2003 (OLE2) с расширением «{suffix}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="106"/>
        <source>the package holds {found}, not {expected}</source>
        <translation>внутри пакета {found}, а не {expected}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="224"/>
        <source>a &apos;{suffix}&apos; file without an OpenDocument mimetype</source>
        <translation>файл «{suffix}» без mimetype OpenDocument</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/readable.py" line="102"/>
        <location filename="../../enablement/ingest/registry.py" line="242"/>
        <source>unknown main document type &apos;{kind}&apos;</source>
        <translation>неизвестный тип основного документа «{kind}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/registry.py" line="247"/>
        <source>damaged zip package ({error})</source>
        <translation>zip-пакет повреждён ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="74"/>
        <location filename="../../enablement/insights/attachments.py" line="230"/>
        <source>corrupt or truncated: {detail}</source>
        <translation>файл повреждён или обрезан: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="80"/>
        <source>hostile file refused: {detail}</source>
        <translation>опасный файл отклонён: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="86"/>
        <source>password-protected; remove the password and import it again</source>
        <translation>файл защищён паролем; снимите пароль и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="92"/>
        <source>no text to import: {detail}</source>
        <translation>нет текста для импорта: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="139"/>
        <source>not a regular file</source>
        <translation>это не обычный файл</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="146"/>
        <source>empty file (0 bytes)</source>
        <translation>пустой файл (0 байт)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="149"/>
        <source>file too large: {size} MB (limit {limit} MB); split it</source>
        <translation>файл слишком большой: {size} МБ (предел {limit} МБ); разделите его</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="176"/>
        <location filename="../../enablement/ingest/safety.py" line="180"/>
        <source>not a readable zip package ({error})</source>
        <translation>zip-пакет не читается ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="191"/>
        <source>zip package with {count} members</source>
        <translation>zip-пакет из {count} элементов</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="198"/>
        <source>duplicate zip entry &apos;{name}&apos;</source>
        <translation>повторяющийся элемент zip «{name}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="206"/>
        <source>zip member &apos;{name}&apos; expands to {size} MB</source>
        <translation>элемент zip «{name}» распаковывается в {size} МБ</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="213"/>
        <source>zip bomb: member &apos;{name}&apos; has compression ratio above {ratio}:1</source>
        <translation>zip-бомба: у элемента «{name}» степень сжатия выше {ratio}:1</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="221"/>
        <source>zip bomb: expands to {size} MB</source>
        <translation>zip-бомба: распаковывается в {size} МБ</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="283"/>
        <source>missing part &apos;{part}&apos;</source>
        <translation>нет части «{part}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="275"/>
        <source>damaged part &apos;{part}&apos; ({error})</source>
        <translation>часть «{part}» повреждена ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="258"/>
        <source>part &apos;{part}&apos; is larger than {size} MB</source>
        <translation>часть «{part}» больше {size} МБ</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="299"/>
        <source>overlapping zip entries &apos;{first}&apos; and &apos;{second}&apos;</source>
        <translation>элементы zip «{first}» и «{second}» перекрываются</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="314"/>
        <source>zip entry &apos;{name}&apos; also claims to be &apos;{other}&apos;</source>
        <translation>элемент zip «{name}» выдаёт себя также за «{other}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="338"/>
        <location filename="../../enablement/ingest/safety.py" line="361"/>
        <source>XML with DOCTYPE/entity declarations in &apos;{part}&apos;</source>
        <translation>XML с объявлениями DOCTYPE/сущностей в «{part}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="350"/>
        <source>XML in &apos;{part}&apos; is nested too deeply (over 256 levels)</source>
        <translation>XML в «{part}» вложен слишком глубоко (более 256 уровней)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="354"/>
        <source>malformed XML in &apos;{part}&apos; ({error})</source>
        <translation>испорченный XML в «{part}» ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="357"/>
        <source>empty XML part &apos;{part}&apos;</source>
        <translation>пустая XML-часть «{part}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="490"/>
        <source>text with a {encoding} byte-order mark that does not decode</source>
        <translation>текст с меткой порядка байтов {encoding} не декодируется</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/safety.py" line="506"/>
        <source>binary data, not text</source>
        <translation>двоичные данные, а не текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="106"/>
        <source>the workbook cannot be read ({error})</source>
        <translation>книга не читается ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="114"/>
        <source>the workbook has no data rows</source>
        <translation>в книге нет строк с данными</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="146"/>
        <source>malformed CSV ({error})</source>
        <translation>испорченный CSV ({error})</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/sheets.py" line="148"/>
        <source>the CSV file has no data rows</source>
        <translation>в CSV-файле нет строк с данными</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="78"/>
        <source>too large to extract within the memory limit (possible decompression bomb)</source>
        <translation>слишком велик, чтобы извлечь его в пределах памяти (возможно, бомба-архив)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="88"/>
        <source>structure nested too deeply to read (corrupt or hostile file)</source>
        <translation>структура вложена слишком глубоко (файл повреждён или опасен)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="97"/>
        <source>could not be read: {error}</source>
        <translation>не удалось прочитать: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="103"/>
        <source>extracted content could not be passed on: {error}</source>
        <translation>извлечённое содержимое не удалось передать: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="209"/>
        <source>took longer than {seconds} s to read and was stopped (the file may be damaged or built to hang readers)</source>
        <translation>чтение заняло больше {seconds} с и было остановлено (файл может быть повреждён или сделан так, чтобы вешать программы)</translation>
    </message>
    <message>
        <location filename="../../enablement/ingest/workers.py" line="255"/>
        <source>the reader crashed on this file (exit code {code}); it is probably corrupt</source>
        <translation>чтение этого файла завершилось аварийно (код {code}); вероятно, он повреждён</translation>
    </message>
    <message>
        <location filename="../../enablement/preview/service.py" line="93"/>
        <source>The original file of “{title}” is not on this computer yet, and it cannot be fetched while the team server is out of reach.</source>
        <translation>Исходного файла «{title}» ещё нет на этом компьютере, а получить его нельзя, пока сервер команды недоступен.</translation>
    </message>
    <message>
        <location filename="../../enablement/preview/service.py" line="102"/>
        <source>The original file of “{title}” is missing from the library.</source>
        <translation>Исходного файла «{title}» нет в библиотеке.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="81"/>
        <source>Cannot use the database URL {url!r} ({error}). Give sqlite:///PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Адрес базы данных {url!r} не подходит ({error}). Укажите sqlite:///ПУТЬ или postgresql://ПОЛЬЗОВАТЕЛЬ@ХОСТ:ПОРТ/БАЗА.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="130"/>
        <source>This library&apos;s database has schema revision {revision}, written by a newer version of Enablement Hub. Update the app to open it; nothing was changed.</source>
        <translation>База этой библиотеки имеет ревизию схемы {revision}: её записала более новая версия Enablement Hub. Обновите приложение, чтобы открыть её; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="159"/>
        <source>No password was given for {user!r} at {url}. Sign in once with `enablement team login` (the password is kept in the system keyring), or set ENABLEMENT_PASSWORD.</source>
        <translation>Для {user!r} на {url} не указан пароль. Войдите один раз командой `enablement team login` (пароль сохранится в системном хранилище паролей) или задайте ENABLEMENT_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="254"/>
        <source>{source} changed while it was being imported; import it again</source>
        <translation>{source} изменился во время импорта; импортируйте его снова</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="291"/>
        <source>The team server is not reachable ({error}); the file was not shared.</source>
        <translation>Сервер команды недоступен ({error}); файл не отправлен в общую библиотеку.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="365"/>
        <source>Cannot create the library folder {folder}: {error}</source>
        <translation>Не удаётся создать папку библиотеки {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="179"/>
        <source>Cannot open the database at {url}: {error}</source>
        <translation>Не удаётся открыть базу данных {url}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="448"/>
        <source>The database at {url} is not reachable: {error}. Nothing was changed; try again when it is back.</source>
        <translation>База данных {url} недоступна: {error}. Ничего не изменено; повторите, когда она снова будет доступна.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="470"/>
        <source>The database at {url} is not reachable: {error}</source>
        <translation>База данных {url} недоступна: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="331"/>
        <source>There is no item {item} in this library (see `enablement list`).</source>
        <translation>В этой библиотеке нет материала {item} (см. `enablement list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="387"/>
        <source>Item {item} has no slide, page, row or section {number}.</source>
        <translation>В материале {item} нет слайда, страницы, строки или раздела {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/repository.py" line="408"/>
        <source>There is no item {item} in this library.</source>
        <translation>В этой библиотеке нет материала {item}.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/messages.py" line="40"/>
        <source>Something went wrong: {0}</source>
        <translation>Что-то пошло не так: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_rows.py" line="146"/>
        <source>{text!r} is not an option of ballot {ballot}: choose one of {choices}.</source>
        <translation>{text!r} — не вариант голосования {ballot}: выберите один из {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="33"/>
        <source>A ballot needs a title.</source>
        <translation>У голосования должно быть название.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="40"/>
        <source>Item {item} ({title!r}) is not a draft; only drafts are put to a vote.</source>
        <translation>Материал {item} ({title!r}) не черновик; на голосование выносятся только черновики.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="56"/>
        <source>A ballot needs at least two different options.</source>
        <translation>В голосовании должно быть не меньше двух разных вариантов.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="65"/>
        <source>Negative option(s) {unknown} are not among the options {options}.</source>
        <translation>Отрицательных вариантов {unknown} нет среди вариантов {options}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/_spec.py" line="76"/>
        <source>The closing time {time} is not in the future.</source>
        <translation>Время закрытия {time} уже прошло.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="20"/>
        <source>Will sell it</source>
        <translation>Буду продавать</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="21"/>
        <source>Needs changes</source>
        <translation>Нужны доработки</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="22"/>
        <source>Won&apos;t sell it</source>
        <translation>Не буду продавать</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="358"/>
        <location filename="../../enablement/voting/models.py" line="45"/>
        <source>Unknown role {text!r}: use sales, marketing or admin.</source>
        <translation>Неизвестная роль {text!r}: укажите sales, marketing или admin.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="83"/>
        <source>Unknown outcome {text!r}: use one of {choices}.</source>
        <translation>Неизвестное решение {text!r}: укажите одно из {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="99"/>
        <source>sales</source>
        <translation>продажи</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="100"/>
        <source>marketing</source>
        <translation>маркетинг</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="101"/>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="104"/>
        <source>scheduled</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="105"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="106"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="107"/>
        <source>decided</source>
        <translation>решено</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="110"/>
        <source>Go</source>
        <translation>Запускаем</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="111"/>
        <source>Go with changes</source>
        <translation>Запускаем с доработками</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="112"/>
        <source>No go</source>
        <translation>Не запускаем</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/models.py" line="113"/>
        <source>Postponed</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="39"/>
        <source>kind of intel</source>
        <translation>вид сведений</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="40"/>
        <source>verdict</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="41"/>
        <source>deal outcome</source>
        <translation>исход сделки</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="42"/>
        <source>deal size band</source>
        <translation>размер сделки</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="43"/>
        <source>report state</source>
        <translation>состояние отчёта</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="44"/>
        <source>report type</source>
        <translation>тип отчёта</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="45"/>
        <source>link target</source>
        <translation>цель ссылки</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="46"/>
        <source>unit kind</source>
        <translation>вид фрагмента</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="64"/>
        <source>Unknown {what} {value!r}: choose one of {choices}.</source>
        <translation>Неизвестное значение ({what}) {value!r}: выберите одно из {choices}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="84"/>
        <source>The text is too long: {count} characters (limit {limit}). Shorten it or attach a file.</source>
        <translation>Текст слишком длинный: {count} символов (предел {limit}). Сократите его или приложите файл.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="104"/>
        <source>Say what you met: the intel needs a text.</source>
        <translation>Опишите, что вы узнали: сведениям нужен текст.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="110"/>
        <source>A {kind} report cannot have the outcome {outcome}.</source>
        <translation>У отчёта {kind} не может быть исхода {outcome}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="159"/>
        <source>Say what is {verdict}: this feedback needs a comment.</source>
        <translation>Поясните, что не так ({verdict}): этому отзыву нужен комментарий.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="172"/>
        <source>There is no item {item} in this library (it may have been removed).</source>
        <translation>В этой библиотеке нет материала {item} (возможно, его удалили).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="218"/>
        <source>{title!r} has no {unit} at all: give feedback on its {kinds}.</source>
        <translation>В {title!r} вообще нет фрагментов вида {unit}: оставьте отзыв на {kinds}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="225"/>
        <source>{title!r} has no {unit} {number} in its current version; it may have been removed since.</source>
        <translation>В текущей версии {title!r} нет фрагмента {unit} {number}; возможно, его с тех пор удалили.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="259"/>
        <source>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit. Your new comment was not saved: «{comment}»</source>
        <translation>Вы уже оставили отзыв на {unit} в «{title}»: отчёт {report} ({verdict}, {state}); отзыв одного человека учитывается один раз на фрагмент. Ваш новый комментарий не сохранён: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="265"/>
        <source>You already gave feedback on {unit} of «{title}»: report {report} ({verdict}, {state}); a person&apos;s feedback counts once per unit.</source>
        <translation>Вы уже оставили отзыв на {unit} в «{title}»: отчёт {report} ({verdict}, {state}); отзыв одного человека учитывается один раз на фрагмент.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="74"/>
        <source>read other people&apos;s reports</source>
        <translation>читать чужие отчёты</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="119"/>
        <source>Report {report} has no attachment.</source>
        <translation>У сообщения {report} нет вложения.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="124"/>
        <source>The attachment {name} of report {report} is not in this library&apos;s store (on a team library: the server is not reachable, try again).</source>
        <translation>Вложения {name} сообщения {report} нет в хранилище этой библиотеки (в командной библиотеке: сервер недоступен, попробуйте ещё раз).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="137"/>
        <source>Cannot read the attachment {name}: {error}</source>
        <translation>Не удалось прочитать вложение {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="143"/>
        <source>Attachment refused: report {report} carries {name}, which the app would not have accepted, so it is not handed out: {problem}</source>
        <translation>Вложение отклонено: к сообщению {report} приложен файл {name}, который приложение не приняло бы при отправке, поэтому он не выдаётся: {problem}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="71"/>
        <source>read the reports inbox</source>
        <translation>читать входящие отчёты</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="90"/>
        <source>Say why: a report is declined only with a reason.</source>
        <translation>Укажите причину: отчёт отклоняется только с причиной.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="95"/>
        <location filename="../../enablement/insights/report_triage.py" line="129"/>
        <location filename="../../enablement/insights/report_triage.py" line="158"/>
        <location filename="../../enablement/insights/report_triage.py" line="169"/>
        <source>triage reports</source>
        <translation>разбирать отчёты</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="100"/>
        <source>Report {report} is {state}; its state is final.</source>
        <translation>Отчёт {report} в состоянии {state}; это состояние окончательное.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="105"/>
        <source>Report {report} is {state}; it can move to {choices}, not to {target}.</source>
        <translation>Отчёт {report} в состоянии {state}; его можно перевести в {choices}, но не в {target}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="134"/>
        <location filename="../../enablement/voting/service.py" line="119"/>
        <source>There is no person named {name!r} (see `enablement user list`).</source>
        <translation>Нет человека с именем {name!r} (см. `enablement user list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="141"/>
        <source>{name!r} is {role}: the owner of a report is a marketer, who can move it on and answer it. Choose someone from marketing.</source>
        <translation>{name!r} — {role}: ответственным за сообщение назначают маркетолога, который может вести его и отвечать. Выберите кого-то из маркетинга.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="155"/>
        <source>An answer needs a text.</source>
        <translation>Ответу нужен текст.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="174"/>
        <source>There is no {kind} {id} to link report {report} to.</source>
        <translation>Нет объекта {kind} {id}, с которым можно связать отчёт {report}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="192"/>
        <source>Item {item} has no version {number}.</source>
        <translation>У элемента {item} нет версии {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_reading.py" line="168"/>
        <location filename="../../enablement/insights/report_reading.py" line="182"/>
        <source>read content feedback</source>
        <translation>читать отзывы о материалах</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="75"/>
        <source>Only marketing can {doing}; {actor!r} has no profile in this library yet. {hint}</source>
        <translation>Только маркетинг может {doing}; у {actor!r} пока нет профиля в этой библиотеке. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="83"/>
        <source>Only marketing can {doing}; {actor!r} is {role}. {hint}</source>
        <translation>Только маркетинг может {doing}; {actor!r} — {role}. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="277"/>
        <source>{name} cannot be attached: {suffix} files are not accepted. Attach a document, a spreadsheet, a PDF or a picture ({accepted}).</source>
        <translation>{name} нельзя приложить: файлы {suffix} не принимаются. Приложите документ, таблицу, PDF или изображение ({accepted}).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="289"/>
        <source>Cannot attach {path}: it is not a file.</source>
        <translation>Не удаётся приложить {path}: это не файл.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="179"/>
        <location filename="../../enablement/insights/report_sending.py" line="294"/>
        <source>{name} is too large to attach: {size} MB (limit {limit} MB).</source>
        <translation>{name} слишком велик для вложения: {size} МБ (предел {limit} МБ).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_base.py" line="86"/>
        <source>There is no report {report}.</source>
        <translation>Отчёта {report} нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_triage.py" line="221"/>
        <location filename="../../enablement/services/demo_history.py" line="379"/>
        <source>{who} answered your report {report} ({subject}): {answer}</source>
        <translation>{who} ответил(а) на ваш отчёт {report} ({subject}): {answer}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_report_values.py" line="156"/>
        <source>{value!r}… is too long for a name (limit {limit} characters).</source>
        <translation>{value!r}… слишком длинно для названия (предел {limit} символов).</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="135"/>
        <source>A person needs a name.</source>
        <translation>У человека должно быть имя.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_base.py" line="57"/>
        <location filename="../../enablement/voting/service.py" line="188"/>
        <source>Say who is acting (`--user NAME`).</source>
        <translation>Укажите, кто действует (`--user ИМЯ`).</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="204"/>
        <source>{name!r} has no profile in this library. An admin adds people: enablement user add {name!r} --role sales --team TEAM</source>
        <translation>У {name!r} нет профиля в этой библиотеке. Людей добавляет администратор: enablement user add {name!r} --role sales --team КОМАНДА</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="227"/>
        <source>Only an admin can add people or change roles ({actor!r} is not one; admins: {admins}).</source>
        <translation>Добавлять людей и менять роли может только администратор ({actor!r} им не является; администраторы: {admins}).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="137"/>
        <source>Only marketing can import into the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Импортировать в библиотеку команды может только маркетинг; у {user!r} роль «{role}». Если нужно, попросите администратора (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="189"/>
        <source>Only marketing can remove items from the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Удалять материалы из командной библиотеки может только маркетинг; {user!r} — {role}. Если это нужно, обратитесь к администратору (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/services/library.py" line="213"/>
        <location filename="../../enablement/services/library.py" line="236"/>
        <source>Only marketing can archive items of the team library; {user!r} is {role}. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Отправлять материалы командной библиотеки в архив может только маркетинг; {user!r} — {role}. Если вам это нужно, обратитесь к администратору (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/errors.py" line="64"/>
        <location filename="../../enablement/insights/report_base.py" line="63"/>
        <location filename="../../enablement/services/library.py" line="268"/>
        <location filename="../../enablement/voting/service.py" line="239"/>
        <location filename="../../enablement/workbench/card_library.py" line="86"/>
        <location filename="../../enablement/workbench/diff.py" line="384"/>
        <source>no profile</source>
        <translation>без профиля</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="249"/>
        <source>create ballots</source>
        <translation>создавать голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="257"/>
        <source>New ballot: “{title}” — your vote is asked, closes {time}.</source>
        <translation>Новое голосование: «{title}» — ждём ваш голос, закрывается {time}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="264"/>
        <source>New ballot: “{title}” — your vote is asked.</source>
        <translation>Новое голосование: «{title}» — ждём ваш голос.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="276"/>
        <source>edit ballots</source>
        <translation>изменять голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="281"/>
        <source>Ballot {ballot} is {status}; it can no longer be edited.</source>
        <translation>Голосование {ballot} {status}; его больше нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="291"/>
        <source>Ballot {ballot} already has {votes} vote(s); its subject and options can no longer change. Close it and open a new one.</source>
        <translation>В голосовании {ballot} уже есть голоса ({votes}); его предмет и варианты больше не меняются. Закройте его и откройте новое.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/report_sending.py" line="310"/>
        <location filename="../../enablement/voting/service.py" line="312"/>
        <source>Cannot read the attachment {path}: {error}</source>
        <translation>Не удаётся прочитать вложение {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="176"/>
        <source>On a team server people come with their login: an admin adds {name!r} with `enablement team add {name} --role ROLE --team TEAM` and changes a role or team with `enablement team set-role {name} --role ROLE --team TEAM`.</source>
        <translation>На командном сервере у каждого человека есть свой логин: администратор добавляет {name!r} командой `enablement team add {name} --role ROLE --team TEAM`, а роль или команду меняет командой `enablement team set-role {name} --role ROLE --team TEAM`.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="349"/>
        <source>close ballots</source>
        <translation>закрывать голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="358"/>
        <source>Ballot {ballot} is already {status}.</source>
        <translation>Голосование {ballot} уже {status}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="374"/>
        <source>Give a rationale with the decision: voters see why.</source>
        <translation>Объясните решение: голосовавшие увидят почему.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="378"/>
        <source>decide ballots</source>
        <translation>принимать решения по голосованиям</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="384"/>
        <source>Ballot {ballot} is still {status}; close it first (enablement poll close {ballot}) so that every voter is heard.</source>
        <translation>Голосование {ballot} ещё {status}; сначала закройте его (enablement poll close {ballot}), чтобы услышать всех.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="395"/>
        <source>Ballot {ballot} was decided “{outcome}” by {person} on {day}; only a Postponed decision can be revisited.</source>
        <translation>По голосованию {ballot} уже решено «{outcome}» ({person}, {day}); пересмотреть можно только решение «Отложено».</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="446"/>
        <source>Decision on “{title}”: {outcome}. {rationale}</source>
        <translation>Решение по «{title}»: {outcome}. {rationale}</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="484"/>
        <source>Say why you chose “{choice}”: what clients will ask about, what is missing.</source>
        <translation>Объясните, почему вы выбрали «{choice}»: о чём спросят клиенты, чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="553"/>
        <source>Ballot {ballot} opens at {time}; vote then.</source>
        <translation>Голосование {ballot} откроется {time}; голосуйте тогда.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="560"/>
        <source>Ballot {ballot} closed at {time}; votes can no longer be cast or changed.</source>
        <translation>Голосование {ballot} закрылось {time}; голосовать и менять голос больше нельзя.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="568"/>
        <source>Ballot {ballot} closed; votes can no longer be cast or changed.</source>
        <translation>Голосование {ballot} закрыто; голосовать и менять голос больше нельзя.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="574"/>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="576"/>
        <source>Ballot {ballot} is for {audience}; {person} is in {team}, outside its audience.</source>
        <translation>Голосование {ballot} — для {audience}; {person} из команды «{team}», вне его аудитории.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="646"/>
        <source>Ballot {ballot} hides its totals until close, and the audit trail would show them.</source>
        <translation>Голосование {ballot} скрывает итоги до закрытия, а журнал изменений их бы показал.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="679"/>
        <source>An empty comment says nothing; write what should change.</source>
        <translation>Пустой комментарий ничего не говорит; напишите, что нужно изменить.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="687"/>
        <source>Ballot {ballot} is about a product; only drafts have slides to comment on.</source>
        <translation>Голосование {ballot} — о продукте; комментировать слайды можно только у черновиков.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="696"/>
        <source>The draft of ballot {ballot} has no slide or section {number}.</source>
        <translation>В черновике голосования {ballot} нет слайда или раздела {number}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="802"/>
        <source>There is no ballot {ballot} (see `enablement poll list`).</source>
        <translation>Нет голосования {ballot} (см. `enablement poll list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="169"/>
        <source>Cannot sign in to the database at {url} as {user!r}: the user name or password is wrong, or the account was removed. Check them, or ask your admin (enablement team passwd {user}).</source>
        <translation>Не удаётся войти в базу данных {url} как {user!r}: неверное имя пользователя или пароль, либо учётная запись удалена. Проверьте их или обратитесь к администратору (enablement team passwd {user}).</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="199"/>
        <source>The team database does not allow this for your account ({error}). Ask your admin if you need it.</source>
        <translation>Командная база данных не разрешает это вашей учётной записи ({error}). Если это нужно, обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/library.py" line="397"/>
        <source>The team database at {url} needs an upgrade that only its owner can run (enablement team init with the owner&apos;s URL): {error}</source>
        <translation>Командную базу данных {url} нужно обновить, а это может сделать только её владелец (enablement team init с адресом владельца): {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="155"/>
        <source>Name the team&apos;s first admin: enablement team init --admin NAME.</source>
        <translation>Укажите первого администратора команды: enablement team init --admin NAME.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="166"/>
        <source>A login named {name!r} exists on this server and is not this library&apos;s admin; choose another name.</source>
        <translation>Учётная запись {name!r} уже есть на этом сервере и не является администратором этой библиотеки; выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="194"/>
        <source>`enablement team init` and `team secure` need the database owner&apos;s superuser URL (for example postgresql://postgres@HOST/DATABASE); {who!r} is not a superuser.</source>
        <translation>Для `enablement team init` и `team secure` нужен URL владельца базы данных с правами суперпользователя (например, postgresql://postgres@HOST/DATABASE); {who!r} не суперпользователь.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="210"/>
        <source>A login named {name!r} already exists; change it with `enablement team passwd` or remove it first.</source>
        <translation>Учётная запись {name!r} уже существует; измените её командой `enablement team passwd` или сначала удалите.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="232"/>
        <source>You cannot take the admin role from your own login ({name!r}); ask another admin.</source>
        <translation>Нельзя снять роль администратора со своего логина ({name!r}); попросите другого администратора.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="270"/>
        <source>You cannot remove your own login ({name!r}); ask another admin.</source>
        <translation>Нельзя удалить собственную учётную запись ({name!r}); попросите другого администратора.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="298"/>
        <source>Only a team admin can manage people; the database refused it ({error}).</source>
        <translation>Управлять людьми может только администратор команды; база данных отказала ({error}).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="309"/>
        <source>A login needs a password.</source>
        <translation>Учётной записи нужен пароль.</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="336"/>
        <source>{name!r} has no login in this team (see `enablement team list`).</source>
        <translation>У {name!r} нет учётной записи в этой команде (см. `enablement team list`).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="366"/>
        <source>{name!r} cannot be a login name: use lower-case letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos; (at most 63, starting with a letter or &apos;_&apos;; not pg_… or enablement_…).</source>
        <translation>{name!r} не может быть именем учётной записи: используйте строчные латинские буквы, цифры, «_», «.» или «-» (не более 63 символов, в начале буква или «_»; не pg_… и не enablement_…).</translation>
    </message>
    <message>
        <location filename="../../enablement/team/accounts.py" line="115"/>
        <source>Team mode needs a PostgreSQL database, not {url}.</source>
        <translation>Для командного режима нужна база данных PostgreSQL, а не {url}.</translation>
    </message>
    <message>
        <location filename="../../enablement/voting/service.py" line="192"/>
        <source>{name!r} has no profile in this team library; ask your admin to add you with `enablement team add`.</source>
        <translation>У {name!r} нет профиля в этой командной библиотеке; попросите администратора добавить вас командой `enablement team add`.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="214"/>
        <source>{user!r} is not a person of this library: its roster is empty, so only you ({me}) act here. Add people first with `enablement user add {user!r} --role sales --team TEAM`, then act as them with --user {user}.</source>
        <translation>{user!r} нет среди людей этой библиотеки: список людей пуст, поэтому здесь действуете только вы ({me}). Сначала добавьте людей командой `enablement user add {user!r} --role sales --team TEAM`, затем действуйте от их имени с --user {user}.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="224"/>
        <source>{user!r} is not a person of this library (see `enablement user list`). An admin adds them with `enablement user add {user!r} --role sales --team TEAM`.</source>
        <translation>{user!r} нет среди людей этой библиотеки (см. `enablement user list`). Администратор добавляет человека командой `enablement user add {user!r} --role sales --team TEAM`.</translation>
    </message>
    <message>
        <location filename="../../enablement/app.py" line="240"/>
        <source>--user only applies to a single-user library. On a team server you act as the login you signed in with ({login}); sign in as {user} to act as them.</source>
        <translation>--user действует только для однопользовательской библиотеки. На сервере команды вы работаете под тем логином, с которым вошли ({login}); чтобы действовать как {user}, войдите под этим логином.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/team.py" line="102"/>
        <source>Name the team database: --db postgresql://USER@HOST:PORT/DATABASE (or set ENABLEMENT_DB).</source>
        <translation>Укажите базу данных команды: --db postgresql://USER@HOST:PORT/DATABASE (или задайте ENABLEMENT_DB).</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/team.py" line="115"/>
        <source>No password on standard input.</source>
        <translation>Пароль не передан на стандартный ввод.</translation>
    </message>
    <message>
        <location filename="../../enablement/store/notify.py" line="96"/>
        <source>The team server is not reachable ({error}). Searching this computer&apos;s copy; changes will arrive when the server is back.</source>
        <translation>Сервер команды недоступен ({error}). Поиск идёт по копии на этом компьютере; изменения придут, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="181"/>
        <location filename="../../enablement/workbench/gap_cards.py" line="90"/>
        <source>A content gap needs its key (see enablement insights gaps).</source>
        <translation>Для пробела в контенте нужен его ключ (см. enablement insights gaps).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="192"/>
        <location filename="../../enablement/insights/unit_usage.py" line="87"/>
        <source>There is no item {id}.</source>
        <translation>Материала {id} нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/gaps.py" line="231"/>
        <source>Only marketing decides about content gaps; {actor!r} is {role}. {hint}</source>
        <translation>О пробелах в контенте решает только маркетинг; {actor!r} — {role}. {hint}</translation>
    </message>
    <message>
        <location filename="../../enablement/messages.py" line="136"/>
        <source>An admin can change that: enablement team set-role {actor} --role marketing</source>
        <translation>Администратор может это изменить: enablement team set-role {actor} --role marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/messages.py" line="142"/>
        <source>An admin can change that: enablement user add {actor!r} --role marketing</source>
        <translation>Администратор может это изменить: enablement user add {actor!r} --role marketing</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="125"/>
        <source>“{text}” does not name a slide: write ITEM#SLIDE, like 12#3, or a link like enablement://item/12#slide=3.</source>
        <translation>«{text}» — не ссылка на слайд: укажите ЭЛЕМЕНТ#СЛАЙД, например 12#3, или ссылку вида enablement://item/12#slide=3.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="235"/>
        <source>A pitch needs at least one slide.</source>
        <translation>В презентации для клиента должен быть хотя бы один слайд.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="238"/>
        <source>A pitch is saved as a .pptx file, not as “{name}”.</source>
        <translation>Презентация для клиента сохраняется в файл .pptx, а не «{name}».</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="269"/>
        <source>Item {item} is no longer in the library (it was removed); take slide {slide} out of the pitch.</source>
        <translation>Элемента {item} больше нет в библиотеке (его удалили); уберите слайд {slide} из презентации.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="280"/>
        <source>“{title}” (item {item}, {name}) is not a PowerPoint deck; a pitch takes slides from .pptx decks.</source>
        <translation>«{title}» (элемент {item}, {name}) — не презентация PowerPoint; слайды для презентации берутся только из файлов .pptx.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="301"/>
        <source>There is no slide {slide} in “{title}” (item {item}): it has {count} in all.</source>
        <translation>В «{title}» (элемент {item}) нет слайда {slide}: всего слайдов в ней — {count}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="319"/>
        <source>Slide {slide} of “{title}” (item {item}) was picked from version {picked}, which has been replaced by version {current}, and that slide is not in it any more; pick it again.</source>
        <translation>Слайд {slide} из «{title}» (элемент {item}) был выбран в версии {picked}, её заменила версия {current}, и этого слайда в ней больше нет; выберите его заново.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="350"/>
        <source>The original of “{title}” (item {item}) has no slide {slide}, though the library lists one; import the deck again.</source>
        <translation>В исходном файле «{title}» (элемент {item}) нет слайда {slide}, хотя в библиотеке он есть; импортируйте презентацию заново.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="364"/>
        <source>The pitch could not be started from “{name}”: {reason}</source>
        <translation>Не удалось начать презентацию на основе «{name}»: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="378"/>
        <source>“{title}” (item {item}) could not be opened as a PowerPoint deck: {reason}</source>
        <translation>Не удалось открыть «{title}» (элемент {item}) как презентацию PowerPoint: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="406"/>
        <source>The pitch could not be saved as {path}: {reason}</source>
        <translation>Не удалось сохранить презентацию в {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="415"/>
        <source>“{detail}” uses a file that is missing from the original deck; it was left out.</source>
        <translation>«{detail}» ссылается на файл, которого нет в исходной презентации; этот объект не перенесён.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="418"/>
        <source>a linked file stays a link and may not open on another computer: {detail}</source>
        <translation>связанный файл остался ссылкой и может не открыться на другом компьютере: {detail}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="421"/>
        <source>a link to a slide that is not in the pitch was removed.</source>
        <translation>ссылка на слайд, которого нет в презентации, удалена.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="422"/>
        <source>review comments were left out.</source>
        <translation>примечания рецензентов не перенесены.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="425"/>
        <source>Fonts embedded in “{title}” were not carried; its slides use the fonts installed on the computer.</source>
        <translation>Шрифты, встроенные в «{title}», не перенесены; её слайды используют шрифты, установленные на компьютере.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="429"/>
        <source>“{title}” has another page size ({detail}) than the pitch; its slides may look stretched or cropped.</source>
        <translation>У «{title}» другой размер слайдов ({detail}), чем у презентации; её слайды могут выглядеть растянутыми или обрезанными.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/pitch.py" line="440"/>
        <source>Slide {position} (“{title}”, slide {slide}): {what}</source>
        <translation>Слайд {position} («{title}», слайд {slide}): {what}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="208"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="222"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="235"/>
        <source>Could not write {path}: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="36"/>
        <source>The report is painted with Qt (PySide6), which is not installed here. Install it (pip install PySide6-Essentials) or use `insights export --csv`.</source>
        <translation>Отчёт рисуется средствами Qt (PySide6), а он здесь не установлен. Установите его (pip install PySide6-Essentials) или воспользуйтесь `insights export --csv`.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="57"/>
        <source>The report cannot be painted here: {reason}</source>
        <translation>Отчёт здесь не нарисовать: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="60"/>
        <source>The report was not written: {reason}</source>
        <translation>Отчёт не записан: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="89"/>
        <source>The report is a PDF or a PNG: name the file .pdf or .png ({path} is neither).</source>
        <translation>Отчёт бывает PDF или PNG: назовите файл .pdf или .png ({path} — ни то ни другое).</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="97"/>
        <source>{path} is a folder: name the report file inside it.</source>
        <translation>{path} — это папка: укажите файл отчёта внутри неё.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="103"/>
        <location filename="../../enablement/ui/loop/dashboard_export.py" line="244"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/report.py" line="107"/>
        <source>Cannot write {path}: permission denied.</source>
        <translation>Не удаётся записать {path}: нет прав.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="319"/>
        <source>There are no figures to export yet.</source>
        <translation>Пока нечего экспортировать.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/dashboard_page.py" line="322"/>
        <source>The figures for the chosen period are still being counted.</source>
        <translation>Цифры за выбранный период ещё считаются.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="107"/>
        <source>Product codes were not checked: the library has no catalog with codes.</source>
        <translation>Артикулы не проверены: в библиотеке нет каталога с артикулами.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="174"/>
        <location filename="../../enablement/workbench/deck_check.py" line="189"/>
        <source>No such file: {path}</source>
        <translation>Файл не найден: {path}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="176"/>
        <source>No deck in the library has the id, title, file name or path {ref!r} (see `enablement list --kind deck`).</source>
        <translation>В библиотеке нет презентации с номером, названием, именем файла или путём {ref!r} (см. `enablement list --kind deck`).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="193"/>
        <source>{name} is not a PowerPoint deck (.pptx); the deck check reads slides.</source>
        <translation>{name} — не презентация PowerPoint (.pptx); проверка читает слайды.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="202"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>Не удаётся прочитать {name}: {reason}</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="221"/>
        <source>#{item} {title!r} is a {kind}, not a deck.</source>
        <translation>#{item} {title!r} — это {kind}, а не презентация.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="232"/>
        <source>#{item} {title!r} has pages, not slides (a PDF?); the deck check reads .pptx decks.</source>
        <translation>В #{item} {title!r} страницы, а не слайды (PDF?); проверка читает презентации .pptx.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_check.py" line="260"/>
        <source>{ref!r} names several items ({ids}); give the id instead.</source>
        <translation>{ref!r} подходит к нескольким материалам ({ids}); укажите номер.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="296"/>
        <source>A pricing slide with no price or number on it.</source>
        <translation>Слайд о ценах, но на нём нет ни цены, ни цифры.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="319"/>
        <source>No call to action on the last {count} slides (next steps, contact, a demo, an order).</source>
        <translation>На последних слайдах ({count}) нет призыва к действию (следующие шаги, контакты, демо, заказ).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="350"/>
        <source>Names {competitor} without a proof point (a number, %, a customer, a case or a source).</source>
        <translation>Упоминает {competitor} без доказательства (цифры, процента, клиента, кейса или источника).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="375"/>
        <source>A price slide dated {year}, more than {years} years ago.</source>
        <translation>Цены {year} года — старше {years} лет.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="377"/>
        <source>Mentions {year}, more than {years} years ago.</source>
        <translation>Упоминает {year} год — это больше {years} лет назад.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="413"/>
        <source>Product codes in no catalog of the library: {codes}.</source>
        <translation>Артикулов нет ни в одном каталоге библиотеки: {codes}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="437"/>
        <source>No speaker notes and only {words} words: nothing for the seller to say.</source>
        <translation>Нет заметок докладчика и всего {words} слов: продавцу нечего сказать.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/deck_rules.py" line="464"/>
        <source>Repeats slide {first} word for word.</source>
        <translation>Дословно повторяет слайд {first}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/near_duplicates.py" line="303"/>
        <source>#{item} is not a deck of this library (or it is archived).</source>
        <translation>#{item} — не презентация этой библиотеки (или она в архиве).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/near_duplicates.py" line="310"/>
        <source>#{item} {title!r} has no near copies at similarity {threshold}; nothing to archive.</source>
        <translation>У #{item} {title!r} нет почти одинаковых копий при сходстве {threshold}; архивировать нечего.</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/cards.py" line="125"/>
        <source>Cannot read {path}: {error}</source>
        <translation>Не удаётся прочитать {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../enablement/cli/cards.py" line="130"/>
        <source>--status is for a new card; item {item} keeps its status. Move it with `enablement status {item} STATUS`.</source>
        <translation>--status задаётся только для новой карточки; элемент {item} сохраняет свой статус. Измените его командой `enablement status {item} STATUS`.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="225"/>
        <source>“{title}” is a {kind}, not a battle card: the card editor cannot open it.</source>
        <translation>«{title}» — это {kind}, а не боевая карточка: редактор карточек не может её открыть.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="385"/>
        <source>A new card starts as a draft, in review or published, not {status}.</source>
        <translation>Новая карточка может быть черновиком, на проверке или опубликованной, но не {status}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="431"/>
        <source>The card could not be saved; try again.</source>
        <translation>Карточку не удалось сохранить; попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="473"/>
        <source>save battle cards</source>
        <translation>сохранять боевые карточки</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="504"/>
        <source>“{title}” is a {kind}, not a battle card: it was not changed.</source>
        <translation>«{title}» — это {kind}, а не боевая карточка: она не изменена.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="540"/>
        <source>{who} saved a newer version of “{title}” (version {version}, {when}) after you opened version {base}. Nothing was overwritten and your text is kept: save it as a new card, or open the newest version and apply your changes to it.</source>
        <translation>{who} сохранил(а) более новую версию «{title}» (версия {version}, {when}) после того, как вы открыли версию {base}. Ничего не перезаписано, ваш текст сохранён в редакторе: сохраните его как новую карточку или откройте новейшую версию и внесите правки в неё.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="549"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="567"/>
        <source>{who} is saving “{title}” right now. Nothing was overwritten and your text is kept: open the newest version in a moment and apply your changes to it, or save your text as a new card.</source>
        <translation>{who} сейчас сохраняет «{title}». Ничего не перезаписано, ваш текст сохранён: через минуту откройте новейшую версию и внесите в неё свои правки или сохраните текст как новую карточку.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/card_library.py" line="577"/>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="234"/>
        <source>Name the competitor this battle card is about.</source>
        <translation>Укажите конкурента, о котором эта боевая карточка.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="242"/>
        <source>The battle card is empty: write at least one section (strengths, weaknesses, how we win, …).</source>
        <translation>Боевая карточка пуста: заполните хотя бы один раздел (сильные стороны, слабые места, как мы выигрываем, …).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="266"/>
        <source>Objection {number} (“{question}”) has no answer yet: write the answer or remove the objection.</source>
        <translation>У возражения {number} («{question}») ещё нет ответа: напишите ответ или удалите возражение.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="280"/>
        <source>Answer {number} has no objection: write what the customer says, or remove the answer.</source>
        <translation>У ответа {number} нет возражения: напишите, что говорит клиент, или удалите ответ.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/cards.py" line="469"/>
        <source>The section “{section}” is empty: fill it in or remove it from the card.</source>
        <translation>Раздел «{section}» пуст: заполните его или уберите из карточки.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="64"/>
        <source>The original file of version {version} of “{title}” is not in the library any more (or not on this computer while the team server is out of reach), so that version cannot be shown.</source>
        <translation>Исходного файла версии {version} «{title}» больше нет в библиотеке (или его нет на этом компьютере, пока сервер команды недоступен), поэтому эту версию нельзя показать.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="182"/>
        <location filename="../../enablement/workbench/diff.py" line="338"/>
        <source>“{title}” (item {item}) has no version {version}; it has versions {known}.</source>
        <translation>У «{title}» (элемент {item}) нет версии {version}; есть версии {known}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="250"/>
        <source>“{title}” (item {item}) has only version {version}: there is nothing to compare it with yet.</source>
        <translation>У «{title}» (элемент {item}) пока только версия {version}: сравнивать её не с чем.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="267"/>
        <source>“{old}” (item {old_id}) and “{new}” (item {new_id}) are two different items; only two versions of the same item can be compared.</source>
        <translation>«{old}» (элемент {old_id}) и «{new}» (элемент {new_id}) — два разных элемента; сравнивать можно только две версии одного элемента.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="279"/>
        <source>Version {old} of “{title}” is {old_family} and version {new} is {new_family}: only versions of the same kind can be compared (a deck with a deck, a card with a card).</source>
        <translation>Версия {old} «{title}» — {old_family}, а версия {new} — {new_family}: сравнивать можно только версии одного вида (презентацию с презентацией, карточку с карточкой).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="292"/>
        <source>“{title}” is a table (catalog rows); versions of decks, PDFs and battle cards can be compared, tables not yet.</source>
        <translation>«{title}» — таблица (строки каталога); сравнивать можно версии презентаций, PDF и боевых карточек, таблиц пока нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="307"/>
        <source>a deck</source>
        <translation>презентация</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="308"/>
        <source>a PDF document</source>
        <translation>документ PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="309"/>
        <source>a text document</source>
        <translation>текстовый документ</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="310"/>
        <source>a table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="348"/>
        <source>Version {version} of “{title}” is already the newest; there is nothing to restore.</source>
        <translation>Версия {version} «{title}» уже самая новая; восстанавливать нечего.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/diff.py" line="386"/>
        <source>restore an older version</source>
        <translation>восстанавливать прежнюю версию</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="163"/>
        <source>{status!r} is not a status; use one of: {statuses}.</source>
        <translation>{status!r} — не статус; допустимые: {statuses}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="180"/>
        <source>Item {item} ({title!r}) is already {status}.</source>
        <translation>Материал {item} ({title!r}) уже в состоянии «{status}».</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="186"/>
        <source>Item {item} ({title!r}) cannot go from {old} to {new}; from {old} it can go to: {allowed}.</source>
        <translation>Материал {item} ({title!r}) нельзя перевести из состояния «{old}» в «{new}»; из «{old}» можно перевести в: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="257"/>
        <source>Review again in 1 to {most} days, not {days}.</source>
        <translation>Срок следующей проверки — от 1 до {most} дней, а не {days}.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="268"/>
        <source>Item {item} ({title!r}) is {status}; only published items are confirmed still valid.</source>
        <translation>Материал {item} ({title!r}) в состоянии «{status}»; подтвердить актуальность можно только у опубликованных материалов.</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="355"/>
        <source>Only marketing can publish, send back or archive items of the team library; {user!r} is not. Ask your admin if you need it (enablement team set-role {user} --role marketing).</source>
        <translation>Публиковать, возвращать на доработку и архивировать материалы командной библиотеки может только маркетинг; {user!r} к нему не относится. Если нужно, попросите администратора (enablement team set-role {user} --role marketing).</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="370"/>
        <source>a draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="371"/>
        <source>in review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="372"/>
        <source>published</source>
        <translation>опубликован</translation>
    </message>
    <message>
        <location filename="../../enablement/workbench/publishing.py" line="373"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="50"/>
        <source>a Windows program</source>
        <translation>программа для Windows</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="51"/>
        <source>a program</source>
        <translation>программа</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="52"/>
        <location filename="../../enablement/insights/attachments.py" line="61"/>
        <source>a script</source>
        <translation>скрипт</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="53"/>
        <location filename="../../enablement/insights/attachments.py" line="77"/>
        <source>a PDF</source>
        <translation>PDF-документ</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="54"/>
        <source>a zip archive</source>
        <translation>zip-архив</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="55"/>
        <source>an old Office (OLE2) file</source>
        <translation>файл старого формата Office (OLE2)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="56"/>
        <location filename="../../enablement/insights/attachments.py" line="58"/>
        <source>a picture</source>
        <translation>картинка</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="59"/>
        <source>data of an unknown kind</source>
        <translation>данные неизвестного вида</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="60"/>
        <source>plain text</source>
        <translation>обычный текст</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="64"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="65"/>
        <source>PowerPoint presentation</source>
        <translation>презентация PowerPoint</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="66"/>
        <source>Word document</source>
        <translation>документ Word</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="67"/>
        <source>Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="68"/>
        <source>PNG picture</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="69"/>
        <location filename="../../enablement/insights/attachments.py" line="70"/>
        <source>JPEG picture</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="71"/>
        <source>GIF picture</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="72"/>
        <source>WebP picture</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="73"/>
        <source>text file</source>
        <translation>текстовый файл</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="78"/>
        <source>a PowerPoint presentation</source>
        <translation>презентация PowerPoint</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="80"/>
        <source>an Excel workbook</source>
        <translation>книга Excel</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="81"/>
        <source>a PNG picture</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="82"/>
        <location filename="../../enablement/insights/attachments.py" line="83"/>
        <source>a JPEG picture</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="84"/>
        <source>a GIF picture</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="85"/>
        <source>a WebP picture</source>
        <translation>изображение WebP</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="86"/>
        <source>a text file</source>
        <translation>текстовый файл</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="88"/>
        <source>it ends before the picture does: cut off or damaged</source>
        <translation>файл кончается раньше изображения: он обрезан или повреждён</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="140"/>
        <source>{name} cannot be attached: it is empty.</source>
        <translation>{name} нельзя приложить: файл пуст.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="143"/>
        <source>{name} cannot be attached: the file is named {suffix} but is not {expected} (it looks like {what}). Save it in its real format and attach it again.</source>
        <translation>Нельзя приложить {name}: файл назван как {suffix}, но это не {expected} (похоже на: {what}). Сохраните его в настоящем формате и приложите снова.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="172"/>
        <source>{suffix} files are not accepted as attachments ({accepted}).</source>
        <translation>файлы {suffix} не принимаются как вложения ({accepted}).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="204"/>
        <source>{name} cannot be attached: it is password-protected. Save a copy without the password and attach that.</source>
        <translation>{name} нельзя приложить: файл защищён паролем. Сохраните копию без пароля и приложите её.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="213"/>
        <source>{name} cannot be attached: {reason}.</source>
        <translation>{name} нельзя приложить: {reason}.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="218"/>
        <source>{name} cannot be attached: it is not a readable {what} ({detail}). Save it again and attach it.</source>
        <translation>{name} нельзя приложить: файл не читается как {what} ({detail}). Сохраните его заново и приложите снова.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="239"/>
        <source>no image header (IHDR)</source>
        <translation>нет заголовка изображения (IHDR)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="251"/>
        <source>no image header (VP8)</source>
        <translation>нет заголовка изображения (VP8)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="301"/>
        <source>data of an unknown kind, not text</source>
        <translation>данные неизвестного вида, а не текст</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/attachments.py" line="307"/>
        <source>neither UTF-8 nor Windows-1251 text</source>
        <translation>текст ни в UTF-8, ни в Windows-1251</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="290"/>
        <source>no such folder: {path}</source>
        <translation>нет такой папки: {path}</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="293"/>
        <source>{path} is a file; watch the folder it is in</source>
        <translation>{path} — это файл; следите за папкой, в которой он лежит</translation>
    </message>
    <message>
        <location filename="../../enablement/services/watch.py" line="299"/>
        <source>{path} holds the library&apos;s own files ({library}); watch a folder outside it</source>
        <translation>в {path} лежат файлы самой библиотеки ({library}); выберите папку вне её</translation>
    </message>
    <message>
        <location filename="../../enablement/services/demo_removal.py" line="141"/>
        <source>A team library has no demo library to remove; nothing was changed.</source>
        <translation>В библиотеке команды нет демо-библиотеки, удалять нечего; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../enablement/services/demo_removal.py" line="147"/>
        <source>This library has no demo library to remove; nothing was changed.</source>
        <translation>В этой библиотеке нет демо-библиотеки, удалять нечего; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../enablement/services/first_run.py" line="111"/>
        <source>{folder!r} is not a folder this app can read. Choose another one.</source>
        <translation>{folder!r} — не папка, которую приложение может прочитать. Выберите другую.</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/_aggregates.py" line="80"/>
        <source>This team server has no {function} yet: its owner re-applies the team rules (enablement team secure) after an upgrade.</source>
        <translation>На этом командном сервере ещё нет {function}: после обновления его владелец заново применяет правила команды (enablement team secure).</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="18"/>
        <source>competitor price</source>
        <translation>цена конкурента</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="19"/>
        <source>competitor claim</source>
        <translation>заявление конкурента</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="20"/>
        <source>objection heard</source>
        <translation>услышанное возражение</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="21"/>
        <source>deal won</source>
        <translation>сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="22"/>
        <source>deal lost</source>
        <translation>сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="23"/>
        <source>request for material</source>
        <translation>запрос материала</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="25"/>
        <location filename="../../enablement/insights/labels.py" line="26"/>
        <source>helped me win</source>
        <translation>помог выиграть</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="27"/>
        <source>outdated</source>
        <translation>устарело</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="28"/>
        <source>wrong</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="29"/>
        <source>missing something</source>
        <translation>чего-то не хватает</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="31"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="32"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="33"/>
        <source>still open</source>
        <translation>ещё открыта</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="34"/>
        <source>under 1 M</source>
        <translation>до 1 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="35"/>
        <source>1–5 M</source>
        <translation>1–5 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="36"/>
        <source>5–20 M</source>
        <translation>5–20 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="37"/>
        <source>over 20 M</source>
        <translation>более 20 млн</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="39"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="40"/>
        <source>accepted</source>
        <translation>принят</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="41"/>
        <source>planned</source>
        <translation>запланирован</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="42"/>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="43"/>
        <source>declined</source>
        <translation>отклонён</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="44"/>
        <source>intel</source>
        <translation>разведданные</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="45"/>
        <source>feedback</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="49"/>
        <source>slide {number}</source>
        <translation>слайд {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="50"/>
        <source>page {number}</source>
        <translation>страница {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="51"/>
        <source>row {number}</source>
        <translation>строка {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="52"/>
        <source>section {number}</source>
        <translation>раздел {number}</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="87"/>
        <source>{problem} Your comment was not saved: «{comment}»</source>
        <translation>{problem} Ваш комментарий не сохранён: «{comment}»</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="99"/>
        <source>(the slide was since removed)</source>
        <translation>(слайд с тех пор удалён)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="100"/>
        <source>(the page was since removed)</source>
        <translation>(страница с тех пор удалена)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="101"/>
        <source>(the row was since removed)</source>
        <translation>(строка с тех пор удалена)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="102"/>
        <source>(the section was since removed)</source>
        <translation>(раздел с тех пор удалён)</translation>
    </message>
    <message>
        <location filename="../../enablement/insights/labels.py" line="103"/>
        <source>(the item was since removed)</source>
        <translation>(материал с тех пор удалён)</translation>
    </message>
</context>
<context>
    <name>ObjectionsEditor</name>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="161"/>
        <source>Objection (the customer&apos;s words)</source>
        <translation>Возражение (словами клиента)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="161"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="162"/>
        <source>Add objection</source>
        <translation>Добавить возражение</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/card_sections.py" line="163"/>
        <source>Remove selected</source>
        <translation>Удалить выбранные</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../enablement/ui/team_status.py" line="157"/>
        <source>Offline — searching this computer&apos;s copy</source>
        <translation>Нет связи с сервером — поиск по копии на этом компьютере</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="130"/>
        <source>Previous page (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="131"/>
        <source>Next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
</context>
<context>
    <name>PitchBasket</name>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="72"/>
        <source>Save the pitch</source>
        <translation>Сохранить питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="74"/>
        <source>PowerPoint presentation (*.pptx)</source>
        <translation>Презентация PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="247"/>
        <source>That slide is already in your pitch.</source>
        <translation>Этот слайд уже есть в вашем питче.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="258"/>
        <source>Added to your pitch: %1 (%n slide(s) in all)</source>
        <translation>
            <numerusform>Добавлено в питч: %1 (всего %n слайд)</numerusform>
            <numerusform>Добавлено в питч: %1 (всего %n слайда)</numerusform>
            <numerusform>Добавлено в питч: %1 (всего %n слайдов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="404"/>
        <source>Pitch</source>
        <translation>Питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="448"/>
        <source>Not built: slide %1 cannot go into the pitch (marked above). Take it out or pick it again.</source>
        <translation>Питч не собран: слайд %1 не может в него войти (он отмечен выше). Уберите его или выберите заново.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="465"/>
        <source>Untitled slide</source>
        <translation>Слайд без заголовка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="466"/>
        <source>Slide %1 · %2</source>
        <translation>Слайд %1 · %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="472"/>
        <source>The deck was updated: now slide %1 of version %2</source>
        <translation>Презентацию обновили: теперь это слайд %1 версии %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="509"/>
        <source>Undo clear</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="509"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="513"/>
        <source>Building the pitch…</source>
        <translation>Собираю питч…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="513"/>
        <source>Build pitch…</source>
        <translation>Собрать питч…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="516"/>
        <source>%n slide(s) in your pitch</source>
        <translation>
            <numerusform>В питче %n слайд</numerusform>
            <numerusform>В питче %n слайда</numerusform>
            <numerusform>В питче %n слайдов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="527"/>
        <source>YOUR PITCH</source>
        <translation>ВАШ ПИТЧ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="528"/>
        <source>Hide the pitch basket (Ctrl+Shift+B)</source>
        <translation>Скрыть корзину питча (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="531"/>
        <source>Pick slides for a pitch: “Add to pitch” in the preview (Ctrl+B), or right-click a slide in the results or the filmstrip. Drag them into order, then build one .pptx.</source>
        <translation>Соберите слайды для питча: «В питч» в просмотре (Ctrl+B) или правый щелчок по слайду в результатах или на ленте слайдов. Расставьте их перетаскиванием и соберите один .pptx.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="535"/>
        <source>Slides in your pitch</source>
        <translation>Слайды вашего питча</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="536"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="537"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="538"/>
        <source>Take out of the pitch</source>
        <translation>Убрать из питча</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_basket.py" line="539"/>
        <source>Save the picked slides, in this order, as one PowerPoint file</source>
        <translation>Сохранить выбранные слайды в этом порядке одним файлом PowerPoint</translation>
    </message>
</context>
<context>
    <name>PitchButton</name>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_wiring.py" line="46"/>
        <source>Pitch</source>
        <translation>Питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_wiring.py" line="47"/>
        <source>Your pitch basket: slides picked for one .pptx (Ctrl+Shift+B)</source>
        <translation>Корзина питча: слайды, отобранные для одного .pptx (Ctrl+Shift+B)</translation>
    </message>
</context>
<context>
    <name>PitchResultBox</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="72"/>
        <source>Pitch saved: %1 (%n slide(s))</source>
        <translation>
            <numerusform>Питч сохранён: %1 (%n слайд)</numerusform>
            <numerusform>Питч сохранён: %1 (%n слайда)</numerusform>
            <numerusform>Питч сохранён: %1 (%n слайдов)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="80"/>
        <source>Not carried into the pitch:</source>
        <translation>Не удалось перенести в питч:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="98"/>
        <source>No application could be started for %1.</source>
        <translation>Не удалось открыть %1: нет подходящего приложения.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="109"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="110"/>
        <source>Open the pitch in its application</source>
        <translation>Открыть питч в его приложении</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/pitch_result.py" line="111"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="298"/>
        <source>Select a result to preview it here.</source>
        <translation>Выберите результат, чтобы посмотреть его здесь.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="326"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="293"/>
        <source>This item or slide is not in this library. It may have been removed.</source>
        <translation>Этого документа или слайда нет в библиотеке. Возможно, его удалили.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="344"/>
        <source>This item cannot be previewed. %1</source>
        <translation>Этот документ нельзя показать. %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="431"/>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="432"/>
        <source>updated %1</source>
        <translation>обновлено %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="436"/>
        <source>review was due %1</source>
        <translation>проверить нужно было до %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="473"/>
        <source>Speaker notes:</source>
        <translation>Заметки докладчика:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="488"/>
        <source>Opening %1…</source>
        <translation>Открываем %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="496"/>
        <source>Text copied</source>
        <translation>Текст скопирован</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="507"/>
        <source>Link copied: %1</source>
        <translation>Ссылка скопирована: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="527"/>
        <source>The file manager could not be started for %1.</source>
        <translation>Не удалось открыть файловый менеджер для %1.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="529"/>
        <source>No application is set up to open %1. “Show in folder” finds the file.</source>
        <translation>Нет программы, которая открывает %1. Файл можно найти через «Показать в папке».</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="538"/>
        <source>Open original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="539"/>
        <source>Open the file in its application (Enter)</source>
        <translation>Открыть файл в его программе (Enter)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="541"/>
        <source>Copy text</source>
        <translation>Копировать текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="542"/>
        <source>Copy link</source>
        <translation>Копировать ссылку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="544"/>
        <source>Field intel</source>
        <translation>С рынка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="545"/>
        <source>Add to pitch</source>
        <translation>В питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="546"/>
        <source>Compare versions…</source>
        <translation>Сравнить версии…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="548"/>
        <source>Compare this item&apos;s versions side by side</source>
        <translation>Сравнить версии этого элемента рядом</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="550"/>
        <source>Copy a link that opens the app at this slide, page or row</source>
        <translation>Скопировать ссылку, которая откроет приложение на этом слайде, странице или строке</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="552"/>
        <source>Tell marketing what you met in the field (Ctrl+Shift+I)</source>
        <translation>Сообщить маркетингу, с чем вы столкнулись у клиентов (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="553"/>
        <source>Put this slide in your pitch basket (Ctrl+B)</source>
        <translation>Положить этот слайд в корзину питча (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="543"/>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="475"/>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="476"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="479"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="480"/>
        <source>Team or region, e.g. North</source>
        <translation>Команда или регион, например: Север</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="481"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="483"/>
        <source>On a team server your admin sets your role and team.</source>
        <translation>На сервере команды роль и команду задаёт администратор.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="485"/>
        <source>Changing the role needs an admin once one exists.</source>
        <translation>Сменить роль сможет администратор, когда он появится.</translation>
    </message>
</context>
<context>
    <name>ReportDetail</name>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="242"/>
        <source>An answer to the author, or the reason for a decline (the author is notified)</source>
        <translation>Ответ автору или причина отказа (автор получит уведомление)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="244"/>
        <source>Answer</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="246"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="247"/>
        <source>Plan</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="248"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="249"/>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="252"/>
        <source>Owner:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="253"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="254"/>
        <source>Take it</source>
        <translation>Взять себе</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="255"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="429"/>
        <source>Led to:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="256"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="260"/>
        <source>An item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="261"/>
        <source>A battle card</source>
        <translation>Боевая карточка</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="262"/>
        <source>A ballot</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="263"/>
        <source>A new version</source>
        <translation>Новая версия</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="266"/>
        <source>Choose an entry to see it in full.</source>
        <translation>Выберите запись, чтобы увидеть её целиком.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="349"/>
        <source>Marketing&apos;s answer (%1, %2):</source>
        <translation>Ответ маркетинга (%1, %2):</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="353"/>
        <source>No answer yet.</source>
        <translation>Ответа пока нет.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="365"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="385"/>
        <source>the ballot %1</source>
        <translation>голосованием %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="389"/>
        <source>a version</source>
        <translation>версией</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="391"/>
        <source>the version %1 of %2</source>
        <translation>версией %1 — %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="394"/>
        <source>the battle card %1</source>
        <translation>боевой карточкой %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="401"/>
        <source>Sent by %1 on %2</source>
        <translation>Отправил(а) %1, %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="407"/>
        <source>About:</source>
        <translation>О чём:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="409"/>
        <source>given on version %1</source>
        <translation>отзыв на версию %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="411"/>
        <source>About: %1</source>
        <translation>О чём: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="413"/>
        <source>Deal: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="415"/>
        <source>Size: %1</source>
        <translation>Размер: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="417"/>
        <source>Attached: %1</source>
        <translation>Вложение: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="418"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="419"/>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="424"/>
        <source>Led to: nothing yet</source>
        <translation>Результат: пока нет</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="384"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="427"/>
        <source>ballot %1</source>
        <translation>голосование %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="428"/>
        <source>Led to the ballot %1</source>
        <translation>Результат: голосование %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="395"/>
        <location filename="../../enablement/ui/loop/report_detail.py" line="435"/>
        <source>item %1</source>
        <translation>материал %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="433"/>
        <source>Led to a version that was removed since</source>
        <translation>Привело к версии, которая с тех пор удалена</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="437"/>
        <source>battle card %1</source>
        <translation>боевая карточка %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="443"/>
        <source>version %1 of %2</source>
        <translation>версия %1 — %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_detail.py" line="502"/>
        <source>Choose what the entry led to first.</source>
        <translation>Сначала выберите, к чему привела запись.</translation>
    </message>
</context>
<context>
    <name>ReportListView</name>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="121"/>
        <source>Any state</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="126"/>
        <source>Intel and feedback</source>
        <translation>Разведка и отзывы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="130"/>
        <source>Any kind</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="132"/>
        <source>Filter by text, author, item…</source>
        <translation>Фильтр по тексту, автору, материалу…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="156"/>
        <source>Any competitor</source>
        <translation>Любой конкурент</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="159"/>
        <source>Any owner</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="159"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/report_list.py" line="267"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="121"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="122"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="123"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="124"/>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="125"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="126"/>
        <source>State</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/loop/inbox_models.py" line="127"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="314"/>
        <source>not all words</source>
        <translation>не все слова</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="364"/>
        <source>Needs review</source>
        <translation>Нужна проверка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="383"/>
        <source>Hide %n more hit(s)</source>
        <translation>
            <numerusform>Скрыть ещё %n совпадение</numerusform>
            <numerusform>Скрыть ещё %n совпадения</numerusform>
            <numerusform>Скрыть ещё %n совпадений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="385"/>
        <source>%n more hit(s) in this item</source>
        <translation>
            <numerusform>Ещё %n совпадение в документе</numerusform>
            <numerusform>Ещё %n совпадения в документе</numerusform>
            <numerusform>Ещё %n совпадений в документе</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="260"/>
        <source>%1 items, %2 slides, pages, rows and sections are ready to search.</source>
        <translation>Документов: %1; слайдов, страниц, строк и разделов для поиска: %2.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="265"/>
        <source>Find the slide, the row, the answer</source>
        <translation>Найдите слайд, строку, ответ</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="267"/>
        <source>Type a few words — in Russian or English. Try:</source>
        <translation>Наберите несколько слов — по-русски или по-английски. Например:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="269"/>
        <source>Type a few words — in Russian or English.</source>
        <translation>Наберите несколько слов — по-русски или по-английски.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="270"/>
        <source>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</source>
        <translation>Ctrl+K — к строке поиска · ↑/↓ — по результатам · Enter — открыть · Esc — очистить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="332"/>
        <source>%n full match(es)</source>
        <translation>
            <numerusform>%n со всеми словами</numerusform>
            <numerusform>%n со всеми словами</numerusform>
            <numerusform>%n со всеми словами</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="333"/>
        <source>%n listed</source>
        <translation>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
            <numerusform>всего %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="335"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="337"/>
        <source>in %n item(s)</source>
        <translation>
            <numerusform>в %n документе</numerusform>
            <numerusform>в %n документах</numerusform>
            <numerusform>в %n документах</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="338"/>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="340"/>
        <source>not all words matched</source>
        <translation>найдены не все слова</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="349"/>
        <source>Nothing found for “%1”</source>
        <translation>По запросу «%1» ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="353"/>
        <source>search without filters</source>
        <translation>искать без фильтров</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="359"/>
        <source>Searched with filters: %1</source>
        <translation>Искали с фильтрами: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="375"/>
        <source>Did you mean:</source>
        <translation>Возможно, вы имели в виду:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="380"/>
        <source>Check the spelling and keyboard layout, use fewer words, or import more files.</source>
        <translation>Проверьте написание и раскладку клавиатуры, сократите запрос или импортируйте больше файлов.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="442"/>
        <source>Add slide %1 to the pitch</source>
        <translation>Добавить слайд %1 в питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="463"/>
        <source>Group by item</source>
        <translation>По документам</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="464"/>
        <source>Show one card per item; expand it to see its other hits</source>
        <translation>Одна карточка на документ; разверните, чтобы увидеть остальные совпадения</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="465"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="147"/>
        <source>Needs review</source>
        <translation>Пора проверить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="149"/>
        <source>Nothing needs review: every published item is within its review-by date.</source>
        <translation>Проверять нечего: срок проверки ни одного опубликованного материала не истёк.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Item</source>
        <translation>Материал</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Review by</source>
        <translation>Проверить до</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="152"/>
        <source>Days overdue</source>
        <translation>Просрочено, дней</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="154"/>
        <source>My items</source>
        <translation>Мои материалы</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="156"/>
        <source>You own no items yet. An item&apos;s owner is set at import or in the card editor.</source>
        <translation>У вас пока нет своих материалов. Владелец задаётся при импорте или в редакторе карточек.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="159"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="192"/>
        <source>Still valid</source>
        <translation>Всё актуально</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="193"/>
        <location filename="../../enablement/ui/workbench/review_page.py" line="271"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="225"/>
        <source>Double-click to preview it</source>
        <translation>Двойной щелчок — открыть в просмотре</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="267"/>
        <source>Submit for review</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="269"/>
        <source>Publish again</source>
        <translation>Опубликовать снова</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="269"/>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="272"/>
        <source>Back to draft</source>
        <translation>Вернуть в черновик</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/review_page.py" line="316"/>
        <source>No moves recorded yet.</source>
        <translation>Переходов пока не было.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="46"/>
        <source>{when} {who}: still valid, review by {date}</source>
        <translation>{when} {who}: всё актуально, проверить до {date}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="50"/>
        <source>{when} {who}: created as {new}</source>
        <translation>{when} {who}: создано со статусом «{new}»</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/workbench/status_history.py" line="54"/>
        <source>{when} {who}: {old} → {new}</source>
        <translation>{when} {who}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="97"/>
        <source>Team library %1, signed in as %2</source>
        <translation>Библиотека команды %1, вход выполнен как %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="99"/>
        <source>This computer&apos;s copy: %1</source>
        <translation>Копия на этом компьютере: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="105"/>
        <location filename="../../enablement/ui/settings_dialog.py" line="108"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="109"/>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="110"/>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="128"/>
        <source>Open a library folder</source>
        <translation>Открыть папку библиотеки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="134"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="135"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="136"/>
        <source>Appearance</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="137"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="138"/>
        <source>Open another…</source>
        <translation>Открыть другую…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="185"/>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="313"/>
        <source>Fill in the server, the database and your user name.</source>
        <translation>Укажите сервер, базу данных и имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="229"/>
        <source>The user name or password is wrong, or this account was removed. Check them, or ask your team&apos;s admin for a new password.</source>
        <translation>Неверное имя пользователя или пароль, или эта учётная запись удалена. Проверьте их или попросите администратора команды выдать новый пароль.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="234"/>
        <source>The server is not reachable, or it refused the connection. Check the server and database names and your network, then try again.</source>
        <translation>Сервер недоступен или отклонил подключение. Проверьте имя сервера, базу данных и сеть, затем попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="282"/>
        <source>Connect to team server</source>
        <translation>Подключение к серверу команды</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="283"/>
        <source>Sign in to your team&apos;s library</source>
        <translation>Вход в библиотеку команды</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="286"/>
        <source>Use the account your admin gave you. The library is copied to this computer, so search keeps working when the server is out of reach.</source>
        <translation>Используйте учётную запись, которую выдал администратор. Библиотека копируется на этот компьютер, поэтому поиск работает и без связи с сервером.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="290"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="292"/>
        <source>hub.example.com or hub.example.com:5433</source>
        <translation>hub.example.com или hub.example.com:5433</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="293"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="295"/>
        <source>e.g. sales</source>
        <translation>например, sales</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="296"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="298"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="300"/>
        <source>&amp;Remember password on this computer</source>
        <translation>&amp;Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="302"/>
        <source>This computer has no password keyring, so the password cannot be remembered: you will be asked for it at each start.</source>
        <translation>На этом компьютере нет хранилища паролей, поэтому пароль нельзя запомнить: его придётся вводить при каждом запуске.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="305"/>
        <source>Kept in the system&apos;s password keyring, never in a file.</source>
        <translation>Пароль хранится в системном хранилище паролей и никогда не записывается в файл.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="308"/>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/sign_in_dialog.py" line="309"/>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="113"/>
        <source>Hidden slide</source>
        <translation>Скрытый слайд</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="248"/>
        <source>This deck has no slides</source>
        <translation>В этой презентации нет слайдов</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="279"/>
        <source>Add slide %1 to the pitch</source>
        <translation>Добавить слайд %1 в питч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="298"/>
        <source>No speaker notes on this slide.</source>
        <translation>У этого слайда нет заметок докладчика.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="387"/>
        <source>SPEAKER NOTES</source>
        <translation>ЗАМЕТКИ ДОКЛАДЧИКА</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="388"/>
        <source>Previous slide (Page Up)</source>
        <translation>Предыдущий слайд (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="389"/>
        <source>Next slide (Page Down)</source>
        <translation>Следующий слайд (Page Down)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="390"/>
        <source>Slides of this deck</source>
        <translation>Слайды презентации</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/workbench/status_history.py" line="138"/>
        <source>%n earlier</source>
        <translation>
            <numerusform>ещё %n запись ранее</numerusform>
            <numerusform>ещё %n записи ранее</numerusform>
            <numerusform>ещё %n записей ранее</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../enablement/ui/top_bar.py" line="200"/>
        <source>%n ballot(s) wait for your vote</source>
        <translation>
            <numerusform>%n голосование ждёт вашего голоса</numerusform>
            <numerusform>%n голосования ждут вашего голоса</numerusform>
            <numerusform>%n голосований ждут вашего голоса</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="203"/>
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="204"/>
        <source>Search slides, battle cards, catalogs…   Ctrl+K</source>
        <translation>Поиск по слайдам, карточкам, каталогам…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="205"/>
        <location filename="../../enablement/ui/top_bar.py" line="206"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="207"/>
        <source>Browse</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="208"/>
        <source>Voting</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="210"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="212"/>
        <source>Field intel and feedback: what you sent and what came of it; triage for marketing</source>
        <translation>Сведения с полей и отзывы: что вы отправили и что из этого вышло; разбор для маркетинга</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="214"/>
        <source>Numbers</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="216"/>
        <source>The numbers sales and marketing both see: freshness, coverage, response, voice, demand</source>
        <translation>Цифры, которые видят и продажи, и маркетинг: свежесть, покрытие, отклик, голос, спрос</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="218"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="220"/>
        <source>Import files or folders (you can also drop them on the window)</source>
        <translation>Импортировать файлы или папки (их можно и перетащить в окно)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="222"/>
        <source>Imports are for marketing: ask your marketing team to add files to the library.</source>
        <translation>Импорт доступен только маркетингу: попросите отдел маркетинга добавить файлы в библиотеку.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="224"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>VersionsLoop</name>
    <message>
        <location filename="../../enablement/ui/workbench/diff_view.py" line="561"/>
        <source>Version %1 of “%2” is the newest again (as version %3).</source>
        <translation>Версия %1 «%2» снова самая новая (как версия %3).</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="34"/>
        <source>%1d %2h</source>
        <comment>countdown: days and hours left</comment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="37"/>
        <source>%1h %2m</source>
        <comment>countdown: hours and minutes left</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/texts.py" line="39"/>
        <source>%1m %2s</source>
        <comment>countdown: minutes and seconds left</comment>
        <translation>%1 мин %2 с</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="222"/>
        <source>Ballots</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="223"/>
        <source>Sales is heard before release; marketing decides in the open.</source>
        <translation>Продажи высказываются до выпуска; маркетинг решает открыто.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="224"/>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="228"/>
        <source>New ballot…</source>
        <translation>Новое голосование…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="284"/>
        <source>Nothing new.</source>
        <translation>Ничего нового.</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="74"/>
        <source>Import and &amp;watch a folder…</source>
        <translation>Импортировать папку и &amp;следить за ней…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="75"/>
        <source>Watc&amp;hed folders…</source>
        <translation>&amp;Отслеживаемые папки…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="135"/>
        <source>%1 new</source>
        <translation>новых: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="136"/>
        <source>%1 updated</source>
        <translation>обновлено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="137"/>
        <source>%1 moved</source>
        <translation>перемещено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="138"/>
        <source>%1 archived (file deleted)</source>
        <translation>в архив (файл удалён): %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="139"/>
        <source>%1 published again (file back)</source>
        <translation>снова опубликовано (файл вернулся): %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="140"/>
        <source>%1 rejected</source>
        <translation>отклонено: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="143"/>
        <source>Watched folders: %1</source>
        <translation>Отслеживаемые папки: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="147"/>
        <source>A watched folder could not be imported: %1</source>
        <translation>Не удалось импортировать отслеживаемую папку: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="153"/>
        <source>Import and watch a folder</source>
        <translation>Импортировать папку и следить за ней</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="180"/>
        <source>Watching %1: new, changed and deleted files will be picked up.</source>
        <translation>Слежу за папкой %1: новые, изменённые и удалённые файлы попадут в библиотеку.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="189"/>
        <source>The folder cannot be watched: %1</source>
        <translation>За этой папкой нельзя следить: %1</translation>
    </message>
</context>
<context>
    <name>WatchedFoldersDialog</name>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="238"/>
        <source>Watched folders</source>
        <translation>Отслеживаемые папки</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="241"/>
        <source>New, changed and renamed files in these folders reach the library within seconds; a deleted file&apos;s item is archived. Stopping keeps the items already imported.</source>
        <translation>Новые, изменённые и переименованные файлы из этих папок попадают в библиотеку за секунды; материал удалённого файла уходит в архив. Если перестать следить, уже импортированные материалы останутся.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="245"/>
        <source>&amp;Stop watching</source>
        <translation>&amp;Перестать следить</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="246"/>
        <source>&amp;Import and watch a folder…</source>
        <translation>&amp;Импортировать папку и следить за ней…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="264"/>
        <source>(missing: watched again at the next start once it is back)</source>
        <translation>(папки нет: слежение возобновится при следующем запуске, когда она появится)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/watch_controller.py" line="268"/>
        <source>No folder is watched yet.</source>
        <translation>Пока ни за одной папкой не следим.</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="359"/>
        <source>Welcome to Enablement Hub.</source>
        <translation>Добро пожаловать в Enablement Hub.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="361"/>
        <source>This is a demo library of battle cards, decks and price lists to try search on.</source>
        <translation>Это демо-библиотека боевых карточек, презентаций и прайс-листов — попробуйте поиск прямо сейчас.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="363"/>
        <source>To add your own files, drop files or folders on this window, or use File → Import…</source>
        <translation>Чтобы добавить свои файлы, перетащите файлы или папки в это окно или выберите Файл → Импорт…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="367"/>
        <source>This is your own library: search, Browse and the pitch basket work on the decks, battle cards and price lists you bring into it.</source>
        <translation>Это ваша собственная библиотека: поиск, обзор и корзина питча работают с презентациями, батл-картами и прайс-листами, которые вы в неё добавите.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="371"/>
        <source>To bring a whole folder and keep it up to date, use File → Import and watch a folder…; to add files once, drop files or folders on this window or use File → Import files…</source>
        <translation>Чтобы добавить целую папку и держать её в актуальном состоянии, выберите Файл → Импортировать папку и следить за ней…; чтобы добавить файлы один раз, перетащите файлы или папки в это окно или выберите Файл → Импортировать файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="375"/>
        <source>Import your files…</source>
        <translation>Импортировать свои файлы…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="379"/>
        <source>Imports are for marketing: ask your marketing team to add files to the library.</source>
        <translation>Импорт доступен только маркетингу: попросите отдел маркетинга добавить файлы в библиотеку.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="381"/>
        <source>Hide this message</source>
        <translation>Скрыть это сообщение</translation>
    </message>
</context>
</TS>
