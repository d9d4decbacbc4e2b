from ui.startup import main

raise SystemExit(main())
