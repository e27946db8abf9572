from django_tasks import task

from stocktake.reports.services.builds import run_build


@task()
def build_report(build_id: int) -> dict:
    build = run_build(build_id)
    return {"build": str(build.public_id), "state": build.state, "size": build.size}
