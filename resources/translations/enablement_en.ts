<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../enablement/ui/actions.py" line="82" />
        <source>&amp;Import files…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="83" />
        <source>Import &amp;folder…</source>
        <translation>Import &amp;folder…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="84" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="85" />
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="86" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="87" />
        <source>Copy &amp;text</source>
        <translation>Copy &amp;text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="88" />
        <source>Copy &amp;link</source>
        <translation>Copy &amp;link</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="89" />
        <source>&amp;Open original</source>
        <translation>&amp;Open original</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="90" />
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="91" />
        <source>&amp;Previous slide or page</source>
        <translation>&amp;Previous slide or page</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="92" />
        <source>&amp;Next slide or page</source>
        <translation>&amp;Next slide or page</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="93" />
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="94" />
        <source>&amp;Browse</source>
        <translation>&amp;Browse</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="95" />
        <source>&amp;Voting</source>
        <translation>&amp;Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="96" />
        <source>&amp;Group results by item</source>
        <translation>&amp;Group results by item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="97" />
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="98" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="99" />
        <source>Show &amp;welcome</source>
        <translation>Show &amp;welcome</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="100" />
        <source>&amp;About Enablement Hub</source>
        <translation>&amp;About Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="131" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="132" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="133" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/actions.py" line="134" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>BallotCard</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="65" />
        <source>Draft for review</source>
        <translation>Draft for review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="67" />
        <source>Upcoming product</source>
        <translation>Upcoming product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="69" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="78" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/board.py" line="104" />
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="113" />
        <source>You: {0}</source>
        <translation>You: {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="115" />
        <source>Your vote is asked</source>
        <translation>Your vote is asked</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="123" />
        <source>launch {0}</source>
        <translation>launch {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="146" />
        <source>⏱ {0} left</source>
        <translation>⏱ {0} left</translation>
    </message>
</context>
<context>
    <name>BallotEditorDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="63" />
        <source>Edit ballot</source>
        <translation>Edit ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="63" />
        <source>New ballot</source>
        <translation>New ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="68" />
        <source>e.g. Router X1 launch deck: ready for clients?</source>
        <translation>e.g. Router X1 launch deck: ready for clients?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="69" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="71" />
        <source>Would you sell with this? What is missing?</source>
        <translation>Would you sell with this? What is missing?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="72" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="75" />
        <source>A draft in the library</source>
        <translation>A draft in the library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="76" />
        <source>An upcoming product</source>
        <translation>An upcoming product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="79" />
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="93" />
        <source>Planned launch</source>
        <translation>Planned launch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="101" />
        <source>Attach files…</source>
        <translation>Attach files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="103" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="104" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="105" />
        <source>Target segment</source>
        <translation>Target segment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="106" />
        <source>Planned price</source>
        <translation>Planned price</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="119" />
        <source>Score 1–5</source>
        <translation>Score 1–5</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="120" />
        <source>Custom options…</source>
        <translation>Custom options…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="122" />
        <source>Option A | Option B | Option C</source>
        <translation>Option A | Option B | Option C</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="130" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="133" />
        <source>Opens later, at</source>
        <translation>Opens later, at</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="142" />
        <source>Closes at</source>
        <translation>Closes at</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="151" />
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="153" />
        <source>Hide totals until close (against herding)</source>
        <translation>Hide totals until close (against herding)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="155" />
        <source>Negative votes must give a reason</source>
        <translation>Negative votes must give a reason</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="160" />
        <source>Everyone; or teams: North, South</source>
        <translation>Everyone; or teams: North, South</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="161" />
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="171" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="171" />
        <source>Open ballot</source>
        <translation>Open ballot</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="221" />
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="276" />
        <source>Give the ballot a title.</source>
        <translation>Give the ballot a title.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="279" />
        <source>Custom options need at least two choices, separated by |.</source>
        <translation>Custom options need at least two choices, separated by |.</translation>
    </message>
</context>
<context>
    <name>BallotPage</name>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="83" />
        <source>← Board</source>
        <translation>← Board</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="92" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="93" />
        <source>Close voting</source>
        <translation>Close voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="94" />
        <source>Record decision…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="128" />
        <source>Slides and sections · comments heat map</source>
        <translation>Slides and sections · comments heat map</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="147" />
        <source>Comment on this slide: what would you change?</source>
        <translation>Comment on this slide: what would you change?</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="148" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="174" />
        <source>Your vote</source>
        <translation>Your vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="181" />
        <source>Why? e.g. “clients will ask about …”</source>
        <translation>Why? e.g. “clients will ask about …”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="189" />
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388" />
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="200" />
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="228" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="229" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="230" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="231" />
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="261" />
        <source>everyone</source>
        <translation>everyone</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="262" />
        <source>Asked by {0} · audience: {1}</source>
        <translation>Asked by {0} · audience: {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="264" />
        <source>closes {0}</source>
        <translation>closes {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="266" />
        <source>totals hidden until close</source>
        <translation>totals hidden until close</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="290" />
        <source>Target segment</source>
        <translation>Target segment</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="290" />
        <source>Planned price</source>
        <translation>Planned price</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="292" />
        <source>Planned launch</source>
        <translation>Planned launch</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="310" />
        <source>{0} · comments heat map</source>
        <translation>{0} · comments heat map</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="317" />
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/voting/ballot_page.py" line="325" />
        <source>%n comment(s)</source>
        <translation><numerusform>%n comment</numerusform><numerusform>%n comments</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="345" />
        <source>Comments · {0}</source>
        <translation>Comments · {0}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="388" />
        <source>Change vote</source>
        <translation>Change vote</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="391" />
        <source>You voted “{0}” ({1}).</source>
        <translation>You voted “{0}” ({1}).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="394" />
        <source>This ballot is for {0}; your team is {1}.</source>
        <translation>This ballot is for {0}; your team is {1}.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="395" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="399" />
        <source>You have not voted yet.</source>
        <translation>You have not voted yet.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="401" />
        <source>You did not vote.</source>
        <translation>You did not vote.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="406" />
        <source>{0} of {1} voted · turnout {2:.0%}</source>
        <translation>{0} of {1} voted · turnout {2:.0%}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="410" />
        <source>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</source>
        <translation>Totals stay hidden until the ballot closes, so that nobody follows the crowd.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="468" />
        <source>Open · {0} left</source>
        <translation>Open · {0} left</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/ballot_page.py" line="481" />
        <source>Pick an option first.</source>
        <translation>Pick an option first.</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="176" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="177" />
        <source>Closed, awaiting decision</source>
        <translation>Closed, awaiting decision</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="178" />
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="226" />
        <source>No open ballots. Marketing asks here before a release.</source>
        <translation>No open ballots. Marketing asks here before a release.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="227" />
        <source>Nothing waiting for a decision.</source>
        <translation>Nothing waiting for a decision.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/board.py" line="228" />
        <source>No decisions yet.</source>
        <translation>No decisions yet.</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="229" />
        <source>All products</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="230" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="287" />
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="290" />
        <source>Battle cards by competitor</source>
        <translation>Battle cards by competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="294" />
        <source>Decks</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="295" />
        <source>Catalogs and price lists</source>
        <translation>Catalogs and price lists</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="296" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="303" />
        <source>Show more (%1 of %2 shown)</source>
        <translation>Show more (%1 of %2 shown)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="311" />
        <source>Nothing matches these filters.</source>
        <translation>Nothing matches these filters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="349" />
        <source>%n card(s)</source>
        <translation><numerusform>%n card</numerusform><numerusform>%n cards</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="364" />
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="414" />
        <source>%n slide(s)</source>
        <translation><numerusform>%n slide</numerusform><numerusform>%n slides</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="416" />
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="418" />
        <source>%n row(s)</source>
        <translation><numerusform>%n row</numerusform><numerusform>%n rows</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/browse_view.py" line="420" />
        <source>%n section(s)</source>
        <translation><numerusform>%n section</numerusform><numerusform>%n sections</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="426" />
        <source>needs review</source>
        <translation>needs review</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="467" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="468" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="469" />
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="473" />
        <source>Recently updated</source>
        <translation>Recently updated</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/browse_view.py" line="474" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>CorrectionBanner</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="69" />
        <source>Showing results for %1 — search for %2 instead</source>
        <translation>Showing results for %1 — search for %2 instead</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="296" />
        <source>Decision on “{0}”</source>
        <translation>Decision on “{0}”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="301" />
        <source>{0} vote(s) — {1}</source>
        <translation>{0} vote(s) — {1}</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="313" />
        <source>Go publishes the draft: it becomes searchable for everyone.</source>
        <translation>Go publishes the draft: it becomes searchable for everyone.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="317" />
        <source>Why? Voters read this with the outcome.</source>
        <translation>Why? Voters read this with the outcome.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="326" />
        <source>Record decision</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="342" />
        <source>Choose an outcome.</source>
        <translation>Choose an outcome.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="344" />
        <source>Write the rationale: voters see why.</source>
        <translation>Write the rationale: voters see why.</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../enablement/ui/facets.py" line="30" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="31" />
        <source>Competitor</source>
        <translation>Competitor</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="32" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="33" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="34" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="202" />
        <source>Show fewer</source>
        <translation>Show fewer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="204" />
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="209" />
        <source>Filters appear here once a search finds something.</source>
        <translation>Filters appear here once a search finds something.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="230" />
        <source>FILTERS</source>
        <translation>FILTERS</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/facets.py" line="231" />
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="186" />
        <source>Import files</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="189" />
        <source>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</source>
        <translation>Documents (*.pptx *.pptm *.ppsx *.pdf *.xlsx *.xlsm *.csv *.docx *.md *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="196" />
        <source>Import a folder</source>
        <translation>Import a folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="227" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="248" />
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
</context>
<context>
    <name>ImportProgressWidget</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="72" />
        <source>Importing %1 of %2</source>
        <translation>Importing %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="76" />
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="90" />
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="95" />
        <source>%n new item(s)</source>
        <translation><numerusform>%n new item</numerusform><numerusform>%n new items</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="96" />
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="97" />
        <source>%n unchanged</source>
        <translation><numerusform>%n unchanged</numerusform><numerusform>%n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/import_controller.py" line="100" />
        <source>%n rejected</source>
        <translation><numerusform>%n rejected</numerusform><numerusform>%n rejected</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="106" />
        <source>%1 slides, pages, rows and sections are searchable now (%2 s).</source>
        <translation>%1 slides, pages, rows and sections are searchable now (%2 s).</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="109" />
        <source>The import was cancelled.</source>
        <translation>The import was cancelled.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="116" />
        <source>These files were not imported:</source>
        <translation>These files were not imported:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="119" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/import_controller.py" line="119" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19" />
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="19" />
        <source>Decks</source>
        <translation>Decks</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20" />
        <source>Battle card</source>
        <translation>Battle card</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="20" />
        <source>Battle cards</source>
        <translation>Battle cards</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21" />
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="21" />
        <source>Catalogs</source>
        <translation>Catalogs</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="22" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="30" />
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="31" />
        <source>Weak points</source>
        <translation>Weak points</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="32" />
        <source>How we win</source>
        <translation>How we win</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="33" />
        <source>Landmines</source>
        <translation>Landmines</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="34" />
        <source>Objections and answers</source>
        <translation>Objections and answers</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="35" />
        <source>Pricing</source>
        <translation>Pricing</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="36" />
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="37" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="44" />
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="45" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="46" />
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="47" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="54" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="55" />
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="56" />
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="65" />
        <source>Slide %1 of %2</source>
        <translation>Slide %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="66" />
        <source>Slide %1</source>
        <translation>Slide %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="69" />
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="70" />
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="72" />
        <source>Row %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="76" />
        <source>Section: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="77" />
        <source>Section %1</source>
        <translation>Section %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/labels.py" line="78" />
        <source>Whole item</source>
        <translation>Whole item</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="219" />
        <source>The library could not be opened:</source>
        <translation>The library could not be opened:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="380" />
        <source>Import finished: %1 new, %2 updated, %3 rejected</source>
        <translation>Import finished: %1 new, %2 updated, %3 rejected</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="448" />
        <source>About Enablement Hub</source>
        <translation>About Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="449" />
        <source>Enablement Hub %1 — search battle cards, decks and catalogs offline.</source>
        <translation>Enablement Hub %1 — search battle cards, decks and catalogs offline.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="506" />
        <source>Enablement Hub</source>
        <translation>Enablement Hub</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="508" />
        <source>Preparing the library…</source>
        <translation>Preparing the library…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="510" />
        <source>On the first run this builds the demo library; it takes a few seconds.</source>
        <translation>On the first run this builds the demo library; it takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/main_window.py" line="512" />
        <source>Voting is not available in this build.</source>
        <translation>Voting is not available in this build.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="129" />
        <source>Previous page (Page Up)</source>
        <translation>Previous page (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/page_views.py" line="130" />
        <source>Next page (Page Down)</source>
        <translation>Next page (Page Down)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="180" />
        <location filename="../../enablement/ui/preview_pane.py" line="410" />
        <source>Select a result to preview it here.</source>
        <translation>Select a result to preview it here.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="203" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="217" />
        <source>This item cannot be previewed: %1</source>
        <translation>This item cannot be previewed: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="304" />
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="305" />
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="309" />
        <source>review was due %1</source>
        <translation>review was due %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="344" />
        <source>Speaker notes:</source>
        <translation>Speaker notes:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="358" />
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="365" />
        <source>Text copied</source>
        <translation>Text copied</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="375" />
        <source>Link copied: %1</source>
        <translation>Link copied: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="397" />
        <source>Open original</source>
        <translation>Open original</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="398" />
        <source>Open the file in its application (Enter)</source>
        <translation>Open the file in its application (Enter)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="399" />
        <source>Copy text</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="400" />
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="401" />
        <source>Copy a link that opens the app at this slide, page or row</source>
        <translation>Copy a link that opens the app at this slide, page or row</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/preview_pane.py" line="402" />
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="361" />
        <source>Your profile</source>
        <translation>Your profile</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="365" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="370" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="372" />
        <source>Team or region, e.g. North</source>
        <translation>Team or region, e.g. North</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="373" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/dialogs.py" line="374" />
        <source>Changing the role needs an admin once one exists.</source>
        <translation>Changing the role needs an admin once one exists.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../enablement/ui/models/result_delegate.py" line="358" />
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="377" />
        <source>Hide %n more hit(s)</source>
        <translation><numerusform>Hide %n more hit</numerusform><numerusform>Hide %n more hits</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/models/result_delegate.py" line="379" />
        <source>%n more hit(s) in this item</source>
        <translation><numerusform>%n more hit in this item</numerusform><numerusform>%n more hits in this item</numerusform></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="208" />
        <source>%1 items, %2 slides, pages, rows and sections are ready to search.</source>
        <translation>%1 items, %2 slides, pages, rows and sections are ready to search.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="212" />
        <source>Find the slide, the row, the answer</source>
        <translation>Find the slide, the row, the answer</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="213" />
        <source>Type a few words — in Russian or English. Try:</source>
        <translation>Type a few words — in Russian or English. Try:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="214" />
        <source>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</source>
        <translation>Ctrl+K focuses the search field · ↑/↓ move through hits · Enter opens · Esc clears</translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="256" />
        <source>%n result(s)</source>
        <translation><numerusform>%n result</numerusform><numerusform>%n results</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../enablement/ui/results_panel.py" line="258" />
        <source>in %n item(s)</source>
        <translation><numerusform>in %n item</numerusform><numerusform>in %n items</numerusform></translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="259" />
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="261" />
        <source>not all words matched</source>
        <translation>not all words matched</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="270" />
        <source>Nothing found for “%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="274" />
        <source>search without filters</source>
        <translation>search without filters</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="280" />
        <source>Searched with filters: %1</source>
        <translation>Searched with filters: %1</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="296" />
        <source>Did you mean:</source>
        <translation>Did you mean:</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="301" />
        <source>Check the spelling and keyboard layout, use fewer words, or import more files.</source>
        <translation>Check the spelling and keyboard layout, use fewer words, or import more files.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="359" />
        <source>Group by item</source>
        <translation>Group by item</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="360" />
        <source>Show one card per item; expand it to see its other hits</source>
        <translation>Show one card per item; expand it to see its other hits</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/results_panel.py" line="361" />
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="68" />
        <location filename="../../enablement/ui/settings_dialog.py" line="71" />
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="72" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="73" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="91" />
        <source>Open a library folder</source>
        <translation>Open a library folder</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="97" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="98" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="99" />
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="100" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/settings_dialog.py" line="101" />
        <source>Open another…</source>
        <translation>Open another…</translation>
    </message>
</context>
<context>
    <name>SlideCanvas</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="102" />
        <source>Hidden slide</source>
        <translation>Hidden slide</translation>
    </message>
</context>
<context>
    <name>SlidePreview</name>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="221" />
        <source>This deck has no slides</source>
        <translation>This deck has no slides</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="262" />
        <source>No speaker notes on this slide.</source>
        <translation>No speaker notes on this slide.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="308" />
        <source>SPEAKER NOTES</source>
        <translation>SPEAKER NOTES</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="309" />
        <source>Previous slide (Page Up)</source>
        <translation>Previous slide (Page Up)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="310" />
        <source>Next slide (Page Down)</source>
        <translation>Next slide (Page Down)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/slide_view.py" line="311" />
        <source>Slides of this deck</source>
        <translation>Slides of this deck</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../enablement/ui/tasks.py" line="342" />
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
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
        <translation>Search slides, battle cards, catalogs…   Ctrl+K</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="155" />
        <location filename="../../enablement/ui/top_bar.py" line="156" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="157" />
        <source>Browse</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="158" />
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="159" />
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="161" />
        <source>Import files or folders (you can also drop them on the window)</source>
        <translation>Import files or folders (you can also drop them on the window)</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="163" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="154" />
        <source>Ballots</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="157" />
        <source>Sales is heard before release; marketing decides in the open.</source>
        <translation>Sales is heard before release; marketing decides in the open.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="164" />
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="169" />
        <source>New ballot…</source>
        <translation>New ballot…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="228" />
        <source>{0} of {1} voted</source>
        <translation>{0} of {1} voted</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="250" />
        <source>Nothing new.</source>
        <translation>Nothing new.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/voting/panel.py" line="492" />
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomeStrip</name>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="206" />
        <source>Welcome to Enablement Hub.</source>
        <translation>Welcome to Enablement Hub.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="207" />
        <source>This is a demo library of battle cards, decks and price lists to try search on.</source>
        <translation>This is a demo library of battle cards, decks and price lists to try search on.</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="208" />
        <source>To add your own files, drop files or folders on this window, or use File → Import…</source>
        <translation>To add your own files, drop files or folders on this window, or use File → Import…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="210" />
        <source>Import your files…</source>
        <translation>Import your files…</translation>
    </message>
    <message>
        <location filename="../../enablement/ui/top_bar.py" line="211" />
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
</context>
</TS>