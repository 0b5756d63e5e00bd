from enablement.cli import main

raise SystemExit(main())
