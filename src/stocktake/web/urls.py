from django.urls import path

from stocktake.web.views import dev, language, pages

app_name = "web"

urlpatterns = [
    path("", pages.home, name="home"),
    path("dashboard/", pages.dashboard, name="dashboard"),
    path("about/", pages.about, name="about"),
    path("language/", language.set_language, name="set-language"),
    path("dev/mailbox/", dev.mailbox, name="mailbox"),
    path("dev/timeline/", dev.demo_timeline, name="demo-timeline"),
    path("dev/mailbox/<str:name>/", dev.mail_message, name="mail-message"),
]
