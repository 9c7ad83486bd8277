# fflab learning curves: running train error (dashed) and test error (solid) per epoch
set title "local\\_rules\\_fashion\\_mnist: learning curves"
set xlabel 'epoch'
set ylabel 'error (%)'
set logscale y
set grid
set key outside right top
set datafile missing 'NaN'
set label 'no runs' at graph 0.5, 0.5 center
unset logscale y
plot [0:1][0:1] NaN notitle
set terminal svg size 900,560 dynamic font 'Helvetica,12'
set output 'curves.svg'
replot
set terminal pngcairo size 900,560 font 'Helvetica,10'
set output 'curves.png'
replot
unset output
