# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"baseline\\_8ep goodness\\_every\\_label" 3.14 0 NaN
"baseline\\_8ep goodness\\_all\\_but\\_first" 3.35 0 NaN
"baseline\\_8ep goodness\\_last\\_block" 3.77 0 NaN
"baseline\\_8ep one\\_pass\\_softmax" 2.44 0 NaN
"label\\_strength10\\_8ep goodness\\_every\\_label" 2.55 0 NaN
"label\\_strength10\\_8ep one\\_pass\\_softmax" 2.81 0 NaN
"label\\_strength3\\_8ep goodness\\_every\\_label" 2.36 0 NaN
"label\\_strength3\\_8ep one\\_pass\\_softmax" 2.48 0 NaN
"train\\_from\\_3\\_8ep goodness\\_every\\_label" 2.98 0 NaN
"train\\_from\\_3\\_8ep goodness\\_all\\_but\\_first" 3.04 0 NaN
"train\\_from\\_3\\_8ep goodness\\_last\\_block" 3.49 0 NaN
"train\\_from\\_3\\_8ep one\\_pass\\_softmax" 2.72 0 NaN
EOD
set terminal svg size 900,438 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'mnist\_ff\_recurrent\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [2.1715:3.9585]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,438 font 'Helvetica,10'
set output 'errors.png'
set title 'mnist\_ff\_recurrent\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [2.1715:3.9585]
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,2.26in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'mnist\_ff\_recurrent\_choices: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [11.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set xrange [2.1715:3.9585]
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
